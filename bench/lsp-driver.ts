// A bare LSP client for the benchmark: spawns the bundled server over stdio and times didChange → publishDiagnostics.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node.js';

/** One server process and its connection. */
export class BenchServer {
  private readonly waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
  private constructor(
    private readonly child: ChildProcess,
    private readonly rpc: MessageConnection,
  ) {
    rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const key = `${p.uri}@${p.version ?? ''}`;
      this.waiting.get(key)?.(p);
      this.waiting.delete(key);
    });
  }

  /** Starts the server and completes the initialize handshake. */
  static async start(bundle: string): Promise<BenchServer> {
    const child = spawn(process.execPath, [bundle, '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    if (!child.stdout || !child.stdin) throw new Error('no stdio');
    const rpc = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    rpc.listen();
    const server = new BenchServer(child, rpc);
    await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    });
    await rpc.sendNotification('initialized', {});
    return server;
  }

  /** Resolves when diagnostics for exactly this version arrive. */
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

  /** Opens a document; resolves with the milliseconds until its diagnostics arrived. */
  async open(uri: string, text: string): Promise<number> {
    const done = this.published(uri, 1);
    const t0 = performance.now();
    await this.rpc.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    await done;
    return performance.now() - t0;
  }

  /** Sends one incremental change; resolves with the milliseconds until that version's diagnostics arrived. */
  async edit(
    uri: string,
    version: number,
    line: number,
    character: number,
    remove: number,
    insert: string,
  ): Promise<number> {
    const done = this.published(uri, version);
    const range = { start: { line, character }, end: { line, character: character + remove } };
    const t0 = performance.now();
    await this.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: insert }],
    });
    await done;
    return performance.now() - t0;
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
    await this.rpc.sendNotification('exit');
    this.rpc.dispose();
    this.child.kill();
  }
}
