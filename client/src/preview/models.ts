// Summary models per plan URI, shared by the preview panel and the status bar: fetched with the
// `plancheck/summaryTable` request, re-fetched 200 ms after the last edit, stale answers dropped.
import { Disposable, workspace, type Uri } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { summaryTableRequest, type SummaryTableModel } from '../../../server/src/protocol.js';

/** How long a document must stay unchanged before its model is fetched again, in milliseconds. */
export const MODEL_DEBOUNCE_MS = 200;

/** A fetched model (null: not a plan) and, when the last fetch failed, why (the model is then the previous one). */
export interface ModelResult {
  model: SummaryTableModel | null;
  failure?: string;
}

/** Called with each new result for a watched URI. */
export type ModelListener = (result: ModelResult) => void;

interface Entry {
  uri: Uri;
  listeners: Set<ModelListener>;
  timer?: NodeJS.Timeout;
  /** Incremented per fetch; an answer to an older fetch is dropped. */
  seq: number;
  last?: ModelResult;
}

/** Fetches and watches summary models. */
export class SummaryModels implements Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscriptions: Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions = [
      workspace.onDidChangeTextDocument((e) => {
        const entry = this.entries.get(e.document.uri.toString());
        if (entry && e.contentChanges.length > 0) this.schedule(entry);
      }),
      workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('plancheck')) return;
        for (const entry of this.entries.values()) this.schedule(entry);
      }),
    ];
  }

  /** Calls `listener` with the URI's model now (when known) and after every change, until disposed. */
  watch(uri: Uri, listener: ModelListener): Disposable {
    const key = uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { uri, listeners: new Set(), seq: 0 };
      this.entries.set(key, entry);
      void this.fetch(entry);
    } else if (entry.last) {
      listener(entry.last);
    }
    entry.listeners.add(listener);
    const watched = entry;
    return new Disposable(() => {
      watched.listeners.delete(listener);
      if (watched.listeners.size > 0) return;
      clearTimeout(watched.timer);
      watched.seq++;
      this.entries.delete(key);
    });
  }

  /** The last result for a URI, when it is watched and one has arrived. */
  latest(uri: Uri): ModelResult | undefined {
    return this.entries.get(uri.toString())?.last;
  }

  dispose(): void {
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    this.entries.clear();
    for (const s of this.subscriptions) s.dispose();
  }

  private schedule(entry: Entry): void {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void this.fetch(entry), MODEL_DEBOUNCE_MS);
  }

  private async fetch(entry: Entry): Promise<void> {
    const seq = ++entry.seq;
    let result: ModelResult;
    try {
      const model = await this.client.sendRequest(summaryTableRequest, {
        textDocument: { uri: entry.uri.toString() },
      });
      result = { model };
    } catch (error) {
      const failure = error instanceof Error ? error.message : String(error);
      result = { model: entry.last?.model ?? null, failure };
    }
    if (seq !== entry.seq) return;
    entry.last = result;
    for (const listener of [...entry.listeners]) listener(result);
  }
}
