// The `plancheck/analysisSummary` request: problem counts of an open document, from the shared cache.
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigSupport } from '../config.js';
import type { AnalysisCache } from '../documents.js';
import { analysisSummaryRequest, type AnalysisSummary } from '../protocol.js';
import { withSettings } from './context.js';

/** Answers `plancheck/analysisSummary`; an analysis error becomes a request error, not a crash. */
export function registerSummarySupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  { config, cache }: { config: ConfigSupport; cache: AnalysisCache },
): void {
  connection.onRequest(analysisSummaryRequest, async ({ textDocument }) => {
    const open = await withSettings(documents, config, textDocument.uri);
    if (!open) return null;
    const { document, settings } = open;
    const analysis = cache.get(document, settings);
    const summary: AnalysisSummary = {
      version: document.version,
      isPlan: !!analysis,
      errors: 0,
      warnings: 0,
      hints: 0,
    };
    for (const { level } of analysis?.findings ?? []) {
      if (level === 'error') summary.errors++;
      else if (level === 'warning') summary.warnings++;
      else summary.hints++;
    }
    return summary;
  });
}
