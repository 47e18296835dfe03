// `plancheck/publishPlan` and `plancheck/importWord`: the Word round trip for the editor, on the
// shared analysis (publishing is refused while the diagnostics show errors, unless forced).
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigSupport } from '../config.js';
import type { AnalysisCache } from '../documents.js';
import { formatMessage } from '../i18n/index.js';
import {
  importWordRequest,
  publishPlanRequest,
  type ImportWordResult,
  type PublishPlanResult,
} from '../protocol.js';
import { withSettings, type LocaleOf } from './context.js';

/** Answers the two Word requests; a file that is not a Word document is a result, never a crash. */
export function registerWordSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  { config, cache, locale }: { config: ConfigSupport; cache: AnalysisCache; locale: LocaleOf },
): void {
  connection.onRequest(
    publishPlanRequest,
    async ({ textDocument, force }): Promise<PublishPlanResult> => {
      const open = await withSettings(documents, config, textDocument.uri);
      if (!open) return { ok: false, reason: 'not-open' };
      const analysis = cache.get(open.document, open.settings);
      if (!analysis) return { ok: false, reason: 'not-plan' };
      const errors = analysis.findings.filter((f) => f.level === 'error');
      const first = errors[0];
      if (first && !force)
        return {
          ok: false,
          reason: 'has-errors',
          errors: errors.length,
          first: formatMessage(first.message.key, first.message.args, locale(analysis)),
          line: first.range.start.line + 1,
        };
      // Loaded on first use: the first check after opening does not wait for docx and mammoth.
      const { publishDocx } = await import('../word-entry.js');
      const bytes = await publishDocx(analysis.plan);
      return { ok: true, data: Buffer.from(bytes).toString('base64') };
    },
  );
  connection.onRequest(importWordRequest, async ({ data }): Promise<ImportWordResult> => {
    try {
      const { importDocx } = await import('../word-entry.js');
      const { markdown, report } = await importDocx(Buffer.from(data, 'base64'));
      const h = report.headings;
      return {
        ok: true,
        markdown,
        images: report.images,
        headings: h.dimension + h.mission + h.project,
        missing: report.missing,
        warnings: report.warnings,
      };
    } catch (e) {
      return {
        ok: false,
        message: (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '',
      };
    }
  });
}
