// Entry point of the language server: creates the connection (stdio, IPC or pipe, from the command
// line) and lets each feature register itself. No logic lives here.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toLocale } from './i18n/index.js';
import { registerConfigSupport } from './config.js';
import { createAnalysisCache } from './documents.js';
import { registerDiagnosticsSupport } from './features/diagnostics.js';
import { registerSummarySupport } from './features/summary.js';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize((params) => {
  const config = registerConfigSupport(connection, documents, params.capabilities);
  const cache = createAnalysisCache(documents);
  const locale = toLocale(params.locale);
  registerDiagnosticsSupport(connection, documents, { config, cache, locale });
  registerSummarySupport(connection, documents, { config, cache });
  return {
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    serverInfo: { name: 'plancheck' },
  };
});

documents.listen(connection);
connection.listen();
