// A minimal LSP client for tests: spawns the bundled server over stdio, answers its configuration
// requests, and lets tests await notifications (with a clear timeout) instead of sleeping.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import type {
  ClientCapabilities,
  ConfigurationItem,
  ConfigurationParams,
  InitializeParams,
  InitializeResult,
  PublishDiagnosticsParams,
} from 'vscode-languageserver/node.js';

import { checkedNotification, type CheckedParams } from '../../server/src/protocol.js';
import { SERVER_NODE_OPTIONS } from '../../server/src/launch.js';

/** The bundled server, relative to the repository root (the test's working directory). */
export const SERVER_BUNDLE = 'dist/server.cjs';

/** Client capabilities that ask the server for `plancheck/checked` after each pushed check. */
export const CHECKED: ClientCapabilities = { experimental: { plancheckChecked: true } };

/** Builds the bundles (in a `before` hook) when the server bundle is missing, e.g. when one test file runs alone. */
export function ensureServerBundle(context: Mocha.Context): void {
  if (existsSync(SERVER_BUNDLE)) return;
  context.timeout(60_000);
  execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
}

/**
 * The hooks of an LSP suite: the server bundle is built before the first test if missing, and the
 * current test's client (`current()`) is disposed after each test.
 */
export function serverSuiteHooks(current: () => TestClient | undefined): void {
  before(function () {
    ensureServerBundle(this);
  });
  afterEach(() => current()?.dispose());
}

/** How long any awaited server event may take before the test fails. */
const TIMEOUT_MS = 10_000;

/** Notifications of one kind as they arrive, and who waits for the next. */
interface Received<T> {
  all: T[];
  listeners: Set<(p: T) => void>;
}

/** Keeps a notification and tells whoever waits. */
function receive<T>(received: Received<T>, p: T): void {
  received.all.push(p);
  for (const listener of received.listeners) listener(p);
}

/** A language client driving one server process. */
export class TestClient {
  private readonly publishes: Received<PublishDiagnosticsParams> = {
    all: [],
    listeners: new Set(),
  };
  private readonly checkings: Received<CheckedParams> = { all: [], listeners: new Set() };
  /** Every publishDiagnostics notification received, in order. */
  readonly published = this.publishes.all;
  /** Every `plancheck/checked` notification (sent only to a client that asks: see `CHECKED`). */
  readonly checks = this.checkings.all;
  /** Every configuration item the server asked for. */
  readonly configRequests: ConfigurationItem[] = [];
  /** The server's log messages and stderr, shown when a wait times out. */
  readonly log: string[] = [];
  /** The server's answer to initialize (its capabilities). */
  initializeResult?: InitializeResult;
  /** The value returned for section `plancheck`; tests may replace it. */
  settings: unknown = {};

  private readonly exited: Promise<number | null>;
  private stopping = false;

  private constructor(
    private readonly child: ChildProcess,
    /** The JSON-RPC connection to the server. */
    readonly connection: MessageConnection,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stderr?.on('data', (chunk: Buffer) => this.log.push(`stderr: ${chunk.toString()}`));
    connection.onNotification('window/logMessage', (p: { message: string }) =>
      this.log.push(p.message),
    );
    connection.onRequest('workspace/configuration', (p: ConfigurationParams) => {
      this.configRequests.push(...p.items);
      return p.items.map((item) => (item.section === 'plancheck' ? this.settings : null));
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) =>
      receive(this.publishes, p),
    );
    connection.onNotification(checkedNotification, (p) => receive(this.checkings, p));
    connection.listen();
  }

  /** Spawns `node dist/server.cjs --stdio`, then sends initialize (with extra client capabilities) and initialized. */
  static async start(
    locale: string,
    settings: unknown = {},
    capabilities: ClientCapabilities = {},
  ): Promise<TestClient> {
    const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, SERVER_BUNDLE, '--stdio'], {
      stdio: 'pipe',
    });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new TestClient(child, connection);
    client.settings = settings;
    const params: InitializeParams = {
      processId: process.pid,
      rootUri: null,
      locale,
      capabilities: {
        ...capabilities,
        workspace: { ...capabilities.workspace, configuration: true },
      },
    };
    client.initializeResult = await client.within(
      'the initialize response',
      connection.sendRequest<InitializeResult>('initialize', params),
    );
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Opens a Markdown document. */
  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
  }

  /** Replaces a document's whole text with a new version. */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** Closes a document. */
  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Tells the server that settings changed (it should pull them again). */
  configurationChanged(): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Resolves with the params of the next `method` request the server sends (answered with `null`). */
  serverRequest(method: string): Promise<unknown> {
    const received = new Promise<unknown>((resolve) => {
      const handler = this.connection.onRequest(method, (params: unknown) => {
        handler.dispose();
        resolve(params);
        return null;
      });
    });
    return this.within(`the server's ${method} request`, received);
  }

  /** Resolves when the server has checked `uri` at `version` (pushed diagnostics, with `CHECKED`). */
  checked(uri: string, version: number): Promise<CheckedParams> {
    const test = (p: CheckedParams) => p.uri === uri && p.version === version;
    return this.first(this.checkings, test, `the check of ${uri} v${version}`);
  }

  /** Resolves with the first publish (already received or future) for `uri` that `matches`. */
  diagnostics(
    uri: string,
    what: string,
    matches: (p: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    const test = (p: PublishDiagnosticsParams) => p.uri === uri && matches(p);
    return this.first(this.publishes, test, `diagnostics for ${uri} (${what})`);
  }

  /** The first notification (already received or future) that passes `test`, in time. */
  private first<T>(received: Received<T>, test: (p: T) => boolean, what: string): Promise<T> {
    const seen = received.all.find(test);
    if (seen) return Promise.resolve(seen);
    let listener: ((p: T) => void) | undefined;
    const found = new Promise<T>((resolve) => {
      listener = (p) => {
        if (test(p)) resolve(p);
      };
      received.listeners.add(listener);
    });
    return this.within(what, found).finally(() => {
      if (listener) received.listeners.delete(listener);
    });
  }

  /** The server's process id (for reading its memory in /proc). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** True until the server process exits. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Writes bytes straight to the server's stdin, bypassing the JSON-RPC writer (for malformed input). */
  writeRaw(data: string | Uint8Array): Promise<void> {
    return new Promise((resolve, reject) =>
      this.child.stdin?.write(data, (error) => (error ? reject(error) : resolve())),
    );
  }

  /** Closes the server's stdin, as a client that goes away does; resolves with its exit code. */
  async closeInput(): Promise<number | null> {
    this.stopping = true;
    this.child.stdin?.end();
    const code = await this.within('the server to exit', this.exited);
    this.connection.dispose();
    return code;
  }

  /** Sends a request and fails the test with a clear message unless the server answers in time. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.within(`the ${method} response`, this.connection.sendRequest<R>(method, params));
  }

  /** Sends shutdown and exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    this.stopping = true;
    await this.within('the shutdown response', this.connection.sendRequest('shutdown'));
    await this.connection.sendNotification('exit');
    const code = await this.within('the server to exit', this.exited);
    this.connection.dispose();
    return code;
  }

  /** Kills the server if a test failed before stopping it. */
  dispose(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    this.connection.dispose();
  }

  /** Rejects with a message naming what was awaited (and the server log) unless `promise` settles in time. */
  private within<T>(what: string, promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const uris = this.published.map((p) => `${p.uri} v${p.version}: ${p.diagnostics.length}`);
        reject(
          new Error(
            `Timed out after ${TIMEOUT_MS} ms waiting for ${what}.\n` +
              `Received publishes:\n  ${uris.join('\n  ') || '(none)'}\n` +
              `Server log:\n  ${this.log.join('\n  ') || '(empty)'}`,
          ),
        );
      }, TIMEOUT_MS);
    });
    // A crashed server fails the wait at once rather than at the timeout.
    const crash = this.exited.then((code) =>
      this.stopping
        ? new Promise<never>(() => {})
        : Promise.reject(
            new Error(
              `The server exited (code ${code}) while waiting for ${what}.\n${this.log.join('\n')}`,
            ),
          ),
    );
    return Promise.race([promise, timeout, crash]).finally(() => clearTimeout(timer));
  }
}
