// The VS Code extension: starts the plancheck language server for Markdown documents and stops it
// on deactivation. Checking happens in the server; the server decides which files are plans.
import * as path from 'node:path';
import { CancellationError, type ExtensionContext } from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node.js';
import { registerPreview } from './preview/index.js';
import { registerStatusBar } from './status-bar.js';
import { registerPlanCommands } from './commands/index.js';
import { keepDiagnosticsWhenCancelled } from './keep-diagnostics.js';
import { logFirstDiagnostics, serverReadyLine } from './first-diagnostics.js';
import { SERVER_NODE_OPTIONS } from '../../server/src/launch.js';

let client: LanguageClient | undefined;

/** Starts the language client; called by VS Code when a Markdown document opens. */
export async function activate(context: ExtensionContext): Promise<void> {
  const activatedAt = new Date();
  const activated = performance.now();
  const since = (): number => Math.round(performance.now() - activated);
  const module = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009'] },
    },
  };
  const keep = keepDiagnosticsWhenCancelled(() => new CancellationError());
  const first = logFirstDiagnostics(since, (line) => client?.info(line, undefined, false));
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // Pushes `workspace/didChangeConfiguration` when `plancheck.*` changes; the server then re-pulls.
    synchronize: { configurationSection: 'plancheck' },
    middleware: {
      provideDiagnostics: (document, previousResultId, token, next) =>
        first(document, previousResultId, token, (d, p, t) => keep(d, p, t, next)),
    },
  };
  // The id `plancheck` makes the client honour the `plancheck.trace.server` setting.
  client = new LanguageClient('plancheck', 'Plancheck', serverOptions, clientOptions);
  await client.start();
  client.info(serverReadyLine(since(), activatedAt), undefined, false);
  registerPlanCommands(context, client);
  const preview = registerPreview(context, client);
  registerStatusBar(context, preview.activePlan, preview.locale);
}

/** Stops the language server; called by VS Code on shutdown or when the extension is disabled. */
export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
