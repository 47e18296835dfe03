// A bare LSP client for the benchmark: spawns the bundled server over stdio and times an edit until its
// diagnostics arrive, either pushed (didChange → publishDiagnostics, as Neovim 0.7; the server then says
// `plancheck/checked`, also when the problems did not change and nothing was published) or pulled
// (didChange, then `textDocument/diagnostic` with the last result id, as VS Code's language client does).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  CancellationTokenSource,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import type { DocumentDiagnosticReport, Range } from 'vscode-languageserver/node.js';

import { checkedNotification, type CheckedParams } from '../server/src/protocol.js';
import { SERVER_NODE_OPTIONS } from '../server/src/launch.js';

/** How the client gets diagnostics: pushed by the server, or pulled after each change. */
export type DiagnosticsMode = 'push' | 'pull';

/** One server process and its connection. */
export class BenchServer {
  /** How many pulled reports were `unchanged` and how many `full` (pull mode). */
  readonly reports = { unchanged: 0, full: 0 };
  private readonly waiting = new Map<string, (p: CheckedParams) => void>();
  /** How many diagnostics sets were published, in all. */
  publishes = 0;
  /** Called after every check (while typing). */
  private onChecked: ((p: CheckedParams) => void) | undefined;
  /** The last result id per document (pull mode), sent back as `previousResultId`. */
  private readonly resultIds = new Map<string, string>();
  private constructor(
    private readonly child: ChildProcess,
    private readonly rpc: MessageConnection,
    /** How this client gets diagnostics. */
    readonly mode: DiagnosticsMode,
  ) {
    rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    rpc.onNotification('textDocument/publishDiagnostics', () => this.publishes++);
    // After each pushed check, published or not (a check that finds the same problems sends none).
    rpc.onNotification(checkedNotification, (p) => {
      const key = `${p.uri}@${p.version}`;
      this.waiting.get(key)?.(p);
      this.waiting.delete(key);
      this.onChecked?.(p);
    });
  }

  /** Starts the server and completes the initialize handshake, declaring pull support in pull mode. */
  static async start(bundle: string, mode: DiagnosticsMode = 'push'): Promise<BenchServer> {
    const child = spawn(
      process.execPath,
      [
        ...SERVER_NODE_OPTIONS,
        ...(process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? []),
        bundle,
        '--stdio',
      ],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    if (!child.stdout || !child.stdin) throw new Error('no stdio');
    const rpc = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    rpc.listen();
    const server = new BenchServer(child, rpc, mode);
    const pull = mode === 'pull' ? { diagnostic: { dynamicRegistration: false } } : {};
    await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true }, ...pull },
        experimental: { plancheckChecked: true },
      },
    });
    await rpc.sendNotification('initialized', {});
    return server;
  }

  /** Resolves when this version was checked and its diagnostics published (or found unchanged). */
  private checked(uri: string, version: number): Promise<CheckedParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri}@${version}`)),
        60_000,
      );
      this.waiting.set(`${uri}@${version}`, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
    });
  }

  /** Pulls a document's diagnostics with the last result id, as VS Code does after each change. */
  private async pull(uri: string): Promise<void> {
    const report = await this.rpc.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: this.resultIds.get(uri),
    });
    this.reports[report.kind]++;
    if (report.resultId === undefined) this.resultIds.delete(uri);
    else this.resultIds.set(uri, report.resultId);
  }

  /** Sends a notification, then waits for that version's diagnostics (pushed, or pulled at once). */
  private async timed(method: string, params: object, uri: string, version: number) {
    const done = this.mode === 'push' ? this.checked(uri, version) : undefined;
    const t0 = performance.now();
    await this.rpc.sendNotification(method, params);
    await (done ?? this.pull(uri));
    return performance.now() - t0;
  }

  /** Opens a document; resolves with the milliseconds until its diagnostics arrived. */
  open(uri: string, text: string): Promise<number> {
    const textDocument = { uri, languageId: 'markdown', version: 1, text };
    return this.timed('textDocument/didOpen', { textDocument }, uri, 1);
  }

  /** Sends one incremental change; resolves with the milliseconds until that version's diagnostics arrived. */
  edit(uri: string, version: number, range: Range, text: string): Promise<number> {
    const params = { textDocument: { uri, version }, contentChanges: [{ range, text }] };
    return this.timed('textDocument/didChange', params, uri, version);
  }

  /**
   * Types `changes` one every `interval` ms without waiting for diagnostics, as a typist does. Pull
   * mode pulls after each key and cancels the pull still in flight (as VS Code's client does); push
   * mode waits for the server's checks. A key's lag runs from sending it to the first diagnostics that
   * reflect it (a pull sent after it, or the check of its version or a later one, whether it published
   * or found the problems unchanged). Resolves when the last key's diagnostics arrived, with every
   * key's lag and how many sets were published meanwhile.
   */
  async typing(
    uri: string,
    version: { next: number },
    changes: { range: Range; text: string }[],
    interval: number,
  ): Promise<{ lags: number[]; publishes: number }> {
    const sent: { version: number; at: number }[] = [];
    const lags: (number | undefined)[] = [];
    const publishesBefore = this.publishes;
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    const settle = (upTo: number, at: number): void => {
      for (let k = 0; k <= upTo && k < sent.length; k++)
        if (lags[k] === undefined) lags[k] = at - (sent[k] as { at: number }).at;
      if (lags.length === changes.length && lags.every((l) => l !== undefined)) done();
    };
    this.onChecked = (p) => {
      if (p.uri !== uri) return;
      let last = sent.length - 1;
      while (last >= 0 && (sent[last] as { version: number }).version > (p.version ?? -1)) last--;
      settle(last, performance.now());
    };
    let inFlight: CancellationTokenSource | undefined;
    const start = performance.now();
    for (let k = 0; k < changes.length; k++) {
      const wait = start + k * interval - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const { range, text } = changes[k] as { range: Range; text: string };
      const v = version.next++;
      sent.push({ version: v, at: performance.now() });
      lags.push(undefined);
      await this.rpc.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range, text }],
      });
      if (this.mode === 'pull') {
        inFlight?.cancel();
        const source = new CancellationTokenSource();
        inFlight = source;
        const key = k;
        this.rpc
          .sendRequest<DocumentDiagnosticReport>(
            'textDocument/diagnostic',
            { textDocument: { uri }, previousResultId: this.resultIds.get(uri) },
            source.token,
          )
          .then(
            (report) => {
              this.reports[report.kind]++;
              if (report.resultId === undefined) this.resultIds.delete(uri);
              else this.resultIds.set(uri, report.resultId);
              settle(key, performance.now());
            },
            () => {}, // cancelled: a later pull answers for this key
          );
      }
    }
    await finished;
    this.onChecked = undefined;
    return { lags: lags as number[], publishes: this.publishes - publishesBefore };
  }

  /** Peak resident memory of the server process in MB (Linux VmHWM). */
  peakRssMb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  }

  /** Shuts the server down. */
  async stop(): Promise<void> {
    await this.rpc.sendRequest('shutdown');
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.rpc.sendNotification('exit');
    // Let the server exit by itself (a profile asked for with BENCH_SERVER_ARGS is written then).
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
    this.rpc.dispose();
    this.child.kill();
  }
}
