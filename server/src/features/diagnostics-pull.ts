// Pull diagnostics (LSP 3.17 `textDocument/diagnostic`), as VS Code's language client uses them: every
// report carries a result id, and a document whose diagnostics did not change since the report the
// client holds is answered `unchanged`, so a keystroke does not resend (and re-parse) every diagnostic.
import {
  DiagnosticRefreshRequest,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Settings } from '../engine.js';
import type { DiagnosticsWiring } from './diagnostics.js';
import { unchangedSince, type Sent } from './diagnostics-unchanged.js';

/** The last report sent for a document: its id, and the findings and diagnostics it stood for. */
interface Reported extends Sent {
  resultId: string;
}

/** The report for a closed, unknown or not-yet-analysable document: nothing, and no id to build on. */
const EMPTY: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

/** Answers `textDocument/diagnostic`; asks the client to pull again when settings change (if it can). */
export function registerPullDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  { config, cache, convert }: DiagnosticsWiring,
  canRefresh: boolean,
): void {
  const reported = new Map<string, Reported>();
  // Result ids are unique within this server process; the start time keeps them apart from an earlier one.
  const prefix = Date.now().toString(36);
  let counter = 0;

  /** The report of `findings`: `unchanged` when the client's `previousResultId` holds exactly these. */
  const report = (
    uri: string,
    analysis: Analysis | undefined,
    settings: Settings,
    previousResultId: string | undefined,
  ): DocumentDiagnosticReport => {
    const { findings, diagnostics } = convert(analysis, uri, settings);
    const last = reported.get(uri);
    if (last && last.resultId === previousResultId && unchangedSince(last, findings, diagnostics)) {
      // Keep the newest findings, so that the next comparison can match them by identity.
      reported.set(uri, { resultId: last.resultId, findings, diagnostics });
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    }
    const resultId = `${prefix}.${++counter}`;
    reported.set(uri, { resultId, findings, diagnostics });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
  };

  /** After a failed check: the last report again, so the editor keeps what it shows (as after a push). */
  const repeatLast = (uri: string, previousResultId?: string): DocumentDiagnosticReport => {
    const last = reported.get(uri);
    if (!last) return EMPTY;
    if (last.resultId === previousResultId) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    }
    const { resultId, diagnostics: items } = last;
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  };

  connection.languages.diagnostics.on(async ({ textDocument, previousResultId }, token) => {
    const uri = textDocument.uri;
    if (!documents.get(uri)) return EMPTY;
    const settings = await config.get(uri);
    // The client cancels a pull when the document changes meanwhile, and pulls again for the new version.
    if (token.isCancellationRequested) {
      throw new ResponseError(LSPErrorCodes.RequestCancelled, 'superseded by a newer pull');
    }
    // The document may have changed (or closed) while settings were pulled: answer for its current version.
    const document = documents.get(uri);
    if (!document) return EMPTY;
    try {
      return report(uri, cache.get(document, settings), settings, previousResultId);
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      connection.console.error(`plancheck: cannot check ${uri} v${document.version}: ${detail}`);
      return repeatLast(uri, previousResultId);
    }
  });

  documents.onDidClose((e) => reported.delete(e.document.uri));
  config.onDidChange(() => {
    if (!canRefresh) return;
    // Sent as a plain request (what `languages.diagnostics.refresh()` does, typed there as void) so that
    // a client that answers with an error is logged instead of leaving an unhandled rejection.
    const failed = (error: unknown) =>
      connection.console.error(`plancheck: refresh: ${String(error)}`);
    connection.sendRequest(DiagnosticRefreshRequest.type).catch(failed);
  });
}
