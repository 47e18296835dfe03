// A bare LSP client for the benchmark: spawns the bundled server over stdio and times an edit until its
// diagnostics arrive, either pushed (didChange → publishDiagnostics, as Neovim 0.7) or pulled (didChange,
// then `textDocument/diagnostic` with the last result id, as VS Code's language client does).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import type {
  DocumentDiagnosticReport,
  PublishDiagnosticsParams,
  Range,
} from 'vscode-languageserver/node.js';

/** How the client gets diagnostics: pushed by the server, or pulled after each change. */
export type DiagnosticsMode = 'push' | 'pull';

/** One server process and its connection. */
export class BenchServer {
  /** How many pulled reports were `unchanged` and how many `full` (pull mode). */
  readonly reports = { unchanged: 0, full: 0 };
  private readonly waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
  /** The last result id per document (pull mode), sent back as `previousResultId`. */
  private readonly resultIds = new Map<string, string>();
  private constructor(
    private readonly child: ChildProcess,
    private readonly rpc: MessageConnection,
    /** How this client gets diagnostics. */
    readonly mode: DiagnosticsMode,
  ) {
    rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const key = `${p.uri}@${p.version ?? ''}`;
      this.waiting.get(key)?.(p);
      this.waiting.delete(key);
    });
  }

  /** Starts the server and completes the initialize handshake, declaring pull support in pull mode. */
  static async start(bundle: string, mode: DiagnosticsMode = 'push'): Promise<BenchServer> {
    const child = spawn(
      process.execPath,
      [...(process.env.BENCH_SERVER_ARGS?.split(' ') ?? []), bundle, '--stdio'],
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
      },
    });
    await rpc.sendNotification('initialized', {});
    return server;
  }

  /** Resolves when diagnostics for exactly this version are published. */
  private published(uri: string, version: number): Promise<PublishDiagnosticsParams> {
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
    const done = this.mode === 'push' ? this.published(uri, version) : undefined;
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
