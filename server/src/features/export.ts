// The `plancheck/exportTable` request: the summary table of an open plan, rendered in one export
// format from the shared analysis (so the problems sheet matches the diagnostics the user sees).
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node.js';
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigSupport } from '../config.js';
import type { AnalysisCache } from '../documents.js';
import { computeSummary } from '../model/summary.js';
import { exporters, isExportFormat } from '../export/index.js';
import { exportProblems } from '../export/context.js';
import { AmountRangeError } from '../export/excel-amount.js';
import { formatMessage, toLocale } from '../i18n/index.js';
import { exportTableRequest, type ExportTableResult } from '../protocol.js';
import { withSettings } from './context.js';
import { localeFor } from '../i18n/plan-language.js';

/** Answers `plancheck/exportTable`; an unknown format is a request error, never a crash. */
export function registerExportSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  { config, cache }: { config: ConfigSupport; cache: AnalysisCache },
): void {
  connection.onRequest(
    exportTableRequest,
    async ({ textDocument, format, locale: tag }): Promise<ExportTableResult> => {
      if (!isExportFormat(format))
        throw new ResponseError(ErrorCodes.InvalidParams, `unknown format ${String(format)}`);
      const open = await withSettings(documents, config, textDocument.uri);
      if (!open) return { ok: false, reason: 'not-open' };
      const analysis = cache.get(open.document, open.settings);
      if (!analysis) return { ok: false, reason: 'not-plan' };
      const locale = localeFor(open.settings.language, analysis.plan, toLocale(tag));
      const exporter = exporters[format];
      try {
        const out = await exporter.render(computeSummary(analysis.plan), {
          locale,
          problems: exportProblems(analysis.findings, locale),
        });
        return typeof out === 'string'
          ? { ok: true, extension: exporter.extension, encoding: 'utf8', data: out }
          : {
              ok: true,
              extension: exporter.extension,
              encoding: 'base64',
              data: Buffer.from(out).toString('base64'),
            };
      } catch (e) {
        if (!(e instanceof AmountRangeError)) throw e;
        const message = formatMessage('export.amount-too-large', { amount: e.amount }, locale);
        return { ok: false, reason: 'failed', message };
      }
    },
  );
}
