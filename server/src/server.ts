// Entry point of the language server: creates the connection (stdio, IPC or pipe, from the command
// line) and lets each feature register itself. No logic lives here.
import {
  createConnection,
  ProposedFeatures,
  TextDocumentSyncKind,
  type MessageReader,
} from 'vscode-languageserver/node.js';
import { setFlagsFromString } from 'node:v8';
import { toLocale } from './i18n/index.js';
import { logConsoleToClient, stdoutWriter } from './stdio.js';
import { localeFor } from './i18n/plan-language.js';
import { registerWordSupport } from './features/word.js';
import type { LocaleOf } from './features/context.js';
import { registerConfigSupport } from './config.js';
import { createAnalysisCache } from './documents.js';
import { createLineDocuments } from './line-documents.js';
import { registerDiagnosticsSupport } from './features/diagnostics.js';
import { registerSummarySupport } from './features/summary.js';
import { registerPreviewSupport } from './features/preview.js';
import { registerExportSupport } from './features/export.js';
import { registerTemplateSupport } from './features/templates.js';
import { codeActionOptions, registerCodeActionSupport } from './features/code-actions.js';
import { registerDocumentSymbolSupport } from './features/document-symbols.js';
import { registerFoldingSupport } from './features/folding.js';
import { registerWorkspaceSymbolSupport } from './features/workspace-symbols.js';
import { registerDefinitionSupport } from './features/definition.js';
import { registerReferencesSupport } from './features/references.js';
import { registerRenameSupport } from './features/rename.js';
import { registerHoverSupport } from './features/hover.js';
import { registerInlayHintSupport } from './features/inlay-hints.js';
import { registerCompletionSupport } from './features/completion.js';
import { registerSemanticTokensSupport } from './features/semantic-tokens.js';

// Garbage is collected sooner than V8's defaults would (they let the heap grow to several times what is
// live: ~270 MB of resident memory for a 4 MB plan whose analysis keeps ~40 MB). The flag is read at
// every collection, so setting it here works in Node and in VS Code's Electron alike; an unknown flag
// is ignored. The young generation keeps its default growth: held at its smallest, it cost 10–25 ms of
// scavenging per Enter on the 10× plan for 20 MB less. Measurements: docs/performance.md.
setFlagsFromString('--heap-growing-percent=25');

// Over stdio with an encoder that reuses each diagnostic's bytes (see stdio.ts); IPC and pipes as
// vscode-languageserver makes them. stdin goes in as the stream itself, so that the library still
// exits when the client closes it: it takes a stream or a reader for either end, though its
// overloads only say both or neither.
const stdio = process.argv.includes('--stdio');
const connection = stdio
  ? createConnection(
      ProposedFeatures.all,
      process.stdin as unknown as MessageReader,
      stdoutWriter(),
    )
  : createConnection(ProposedFeatures.all);
if (stdio) logConsoleToClient(connection);
// When the client speaks over stdio, the time of its last bytes tells pushed diagnostics whether a
// message is still arriving (an extra listener: the connection's reader still gets every byte).
let lastInput = -Infinity;
if (stdio) process.stdin.on('data', () => (lastInput = performance.now()));
const inputQuietFor = (): number => performance.now() - lastInput;
const { documents, linesOf } = createLineDocuments();

connection.onInitialize((params) => {
  const config = registerConfigSupport(connection, documents, params.capabilities);
  const cache = createAnalysisCache(documents, linesOf);
  // Thai for a Thai plan, whatever the editor's display language, unless plancheck.language says.
  const clientLocale = toLocale(params.locale);
  const locale: LocaleOf = (a) => localeFor(a.reuse.settings.language, a.plan, clientLocale);
  const diagnostics = registerDiagnosticsSupport(connection, documents, {
    config,
    cache,
    locale,
    capabilities: params.capabilities,
    inputQuietFor,
  });
  registerSummarySupport(connection, documents, { config, cache });
  registerPreviewSupport(connection, documents, { config, cache });
  registerExportSupport(connection, documents, { config, cache });
  registerWordSupport(connection, documents, { config, cache, locale });
  registerTemplateSupport(connection, documents, { config, cache });
  registerCodeActionSupport(connection, documents, {
    config,
    cache,
    locale,
    capabilities: params.capabilities,
  });
  // Features that return their capabilities; merged below.
  const nav = { config, cache, locale };
  const features = [
    registerDocumentSymbolSupport(connection, documents, nav),
    registerFoldingSupport(connection, documents, nav),
    registerWorkspaceSymbolSupport(connection, documents, nav),
    registerDefinitionSupport(connection, documents, nav),
    registerReferencesSupport(connection, documents, nav),
    registerRenameSupport(connection, documents, nav),
    registerHoverSupport(connection, documents, nav),
    registerInlayHintSupport(connection, documents, nav),
    registerCompletionSupport(connection, documents, nav),
    registerSemanticTokensSupport(connection, documents, nav),
  ];
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: codeActionOptions,
      ...features.reduce((all, f) => ({ ...all, ...f }), {}),
      ...diagnostics,
    },
    serverInfo: { name: 'plancheck' },
  };
});

documents.listen(connection);
connection.listen();
