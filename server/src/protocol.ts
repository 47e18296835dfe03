// Custom requests shared by the client and the server, each declared once as a typed RequestType.
// Imports only the protocol package, so the client bundle pulls in no server code.
import { RequestType, type TextDocumentIdentifier } from 'vscode-languageserver-protocol';

/** Parameters of `plancheck/analysisSummary`: the document to summarise. */
export interface AnalysisSummaryParams {
  /** An open document. */
  textDocument: TextDocumentIdentifier;
}

/** Problem counts of an open document, as the diagnostics show them. */
export interface AnalysisSummary {
  /** The document version the counts are for. */
  version: number;
  /** False for an ordinary Markdown file (then every count is 0). */
  isPlan: boolean;
  /** Problems at level `error`. */
  errors: number;
  /** Problems at level `warning`. */
  warnings: number;
  /** Problems at level `hint`. */
  hints: number;
}

/** Asks for the problem counts of an open document; `null` when the document is not open. */
export const analysisSummaryRequest = new RequestType<
  AnalysisSummaryParams,
  AnalysisSummary | null,
  void
>('plancheck/analysisSummary');
