// Pushed diagnostics (`textDocument/publishDiagnostics`), for clients without pull support such as
// Neovim 0.7: checked once the client has stopped sending (so a burst is checked once, at its last
// version), never older than what was published, and not sent again when they are what was last sent.
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticsWiring } from './diagnostics.js';
import { unchangedSince, type Sent } from './diagnostics-unchanged.js';
import { checkedNotification } from '../protocol.js';

/** How long the client must have been quiet before a pushed check starts, and the longest wait. */
const QUIET_MS = 2;
const MAX_WAIT_MS = 250;

/** Validates open documents on open, change and configuration change; clears on close. */
export function registerPushDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  { config, cache, convert }: DiagnosticsWiring,
  inputQuietFor: () => number = () => Infinity,
  /** Whether the client asked for `plancheck/checked` after each check (see protocol.ts). */
  tellChecked = false,
): void {
  // The scheduled check per document (see `schedule` below), as a function that cancels it.
  const pending = new Map<string, () => void>();
  // The highest version published per document: a didChange that goes back (a duplicate or out-of-order
  // version from a misbehaving client) is never published after a newer one.
  const publishedVersion = new Map<string, number>();
  // What was last published per document: a version that reports the same is not published again.
  const published = new Map<string, Sent>();

  const validate = async (uri: string): Promise<void> => {
    const opened = documents.get(uri);
    if (!opened) return;
    const settings = await config.get(uri);
    const document = documents.get(uri);
    // A newer version (or a close) arrived while settings were pulled: that run publishes instead.
    if (!document || document.version !== opened.version) return;
    if (document.version < (publishedVersion.get(uri) ?? -Infinity)) return;
    const { version } = document;
    const checked = (sentNow: boolean): void => {
      if (tellChecked)
        void connection.sendNotification(checkedNotification, { uri, version, published: sentNow });
    };
    let sent: Sent;
    try {
      sent = convert(cache.get(document, settings), uri, settings);
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      connection.console.error(`plancheck: cannot check ${uri} v${version}: ${detail}`);
      checked(false);
      return;
    }
    publishedVersion.set(uri, version);
    const last = published.get(uri);
    published.set(uri, sent);
    // An ordinary Markdown file gets one empty publish, not one per keystroke; a plan whose problems
    // did not change gets none either (the client shows them already).
    const same = !!last && unchangedSince(last, sent.findings, sent.diagnostics);
    if (!same) void connection.sendDiagnostics({ uri, version, diagnostics: sent.diagnostics });
    checked(!same);
  };

  // When to check. The message reader hands over one message per turn of the event loop, so edits
  // that queued up while a check ran reach the documents one turn apart: a check started right after
  // one would check every version of the burst. So a check goes ahead only after a turn in which no
  // newer edit of the document arrived, and (over stdio) once the client has been quiet for QUIET_MS,
  // as a large didChange arrives in many reads; it never waits longer than MAX_WAIT_MS.
  const edits = new Map<string, number>();
  const waitingSince = new Map<string, number>();
  const run = (uri: string, seen: number): void => {
    pending.delete(uri);
    const now = performance.now();
    const late = now - (waitingSince.get(uri) ?? now) >= MAX_WAIT_MS;
    const newer = (edits.get(uri) ?? 0) !== seen;
    if (!late && (newer || inputQuietFor() < QUIET_MS)) {
      const again = edits.get(uri) ?? 0;
      if (newer) {
        const immediate = setImmediate(() => run(uri, again));
        pending.set(uri, () => clearImmediate(immediate));
      } else {
        const timer = setTimeout(() => run(uri, again), QUIET_MS);
        pending.set(uri, () => clearTimeout(timer));
      }
      return;
    }
    waitingSince.delete(uri);
    validate(uri).catch((error) => connection.console.error(`plancheck: ${String(error)}`));
  };
  const schedule = (uri: string): void => {
    edits.set(uri, (edits.get(uri) ?? 0) + 1);
    if (pending.has(uri)) return;
    if (!waitingSince.has(uri)) waitingSince.set(uri, performance.now());
    // -1: the first turn always looks one turn further, where the next queued edit would be.
    const immediate = setImmediate(() => run(uri, -1));
    pending.set(uri, () => clearImmediate(immediate));
  };

  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    pending.get(uri)?.();
    pending.delete(uri);
    waitingSince.delete(uri);
    edits.delete(uri);
    publishedVersion.delete(uri);
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });
  config.onDidChange(() => {
    for (const document of documents.all()) schedule(document.uri);
  });
}
