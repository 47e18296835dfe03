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

let client: LanguageClient | undefined;

/** Starts the language client; called by VS Code when a Markdown document opens. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // Pushes `workspace/didChangeConfiguration` when `plancheck.*` changes; the server then re-pulls.
    synchronize: { configurationSection: 'plancheck' },
    middleware: {
      provideDiagnostics: keepDiagnosticsWhenCancelled(() => new CancellationError()),
    },
  };
  // The id `plancheck` makes the client honour the `plancheck.trace.server` setting.
  client = new LanguageClient('plancheck', 'Plancheck', serverOptions, clientOptions);
  await client.start();
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
