// Inlay hints with computed totals. In each year (and total) cell of a รวม / รวมทั้งสิ้น row: `✓` when the
// written amount is the sum of the rows it covers, else `ควรเป็น N` / `should be N`. At the end of each
// dimension heading: the dimension's total per year computed from its projects' budget sections.
// Inlay hints rather than code lenses: a hint sits inside the very cell it is about (a lens can only sit on a
// line of its own above the row, breaking the table apart), and hints move no text.
import {
  MarkupKind,
  type Connection,
  type InlayHint,
  type Range,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine.js';
import { formatMessage, type CatalogueKey, type Locale } from '../i18n/index.js';
import type { Dimension } from '../model/types.js';
import { formatBaht } from '../parse/thai.js';
import { openPlan, type FeatureContext } from './context.js';
import { baht } from './format.js';
import { navIndexOf } from './nav-index.js';

/** Answers `textDocument/inlayHint` for plan documents. */
export function registerInlayHintSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ctx: FeatureContext,
): ServerCapabilities {
  connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    const open = await openPlan(connection, documents, ctx, textDocument.uri);
    return open ? planInlayHints(open.analysis, range, ctx.locale(open.analysis)) : null;
  });
  return { inlayHintProvider: true };
}

/** The hints whose position lies in `range`, in document order. */
export function planInlayHints(analysis: Analysis, range: Range, locale: Locale): InlayHint[] {
  const t = (key: CatalogueKey, args?: Record<string, string | number>) =>
    formatMessage(key, args, locale);
  const inRange = (line: number) => line >= range.start.line && line <= range.end.line;
  const hints: InlayHint[] = [];
  for (const d of analysis.plan.dimensions) {
    if (inRange(d.heading.line)) hints.push(dimensionHint(analysis, d, t));
  }
  const columns = analysis.plan.table?.columns;
  for (const coverage of analysis.index.totals) {
    const { row } = coverage;
    if (!columns || !inRange(row.line)) continue;
    const cells = columns.years.map((y) => ({
      cell: row.years.get(y.year),
      sum: coverage.sums.get(y.year) ?? 0n,
      what: String(y.year),
    }));
    if (row.total)
      cells.push({ cell: row.total, sum: coverage.total, what: t('nav.inlay.all-years') });
    for (const { cell, sum, what } of cells) {
      if (!cell) continue;
      const ok = cell.value === sum;
      hints.push({
        position: cell.cell.range.end,
        label: ok ? '✓' : t('nav.inlay.should-be', { amount: formatBaht(sum, cell.cell.text) }),
        paddingLeft: true,
        tooltip: {
          kind: MarkupKind.Markdown,
          value: t('nav.inlay.cell-tooltip', {
            what,
            count: coverage.rows.length,
            amount: baht(sum, locale),
          }),
        },
      });
    }
  }
  return hints.sort(
    (a, b) => a.position.line - b.position.line || a.position.character - b.position.character,
  );
}

/** `ปีละ 35,000 · 5 ปี 175,000 บาท`, or each year's amount when they differ. */
function dimensionHint(
  analysis: Analysis,
  d: Dimension,
  t: (key: CatalogueKey, args?: Record<string, string | number>) => string,
): InlayHint {
  const nav = navIndexOf(analysis);
  const summary = nav.summary;
  const amounts = summary.years.map((y) => {
    let sum = 0n;
    for (const p of d.projects) sum += nav.summaryRow.get(p)?.amounts.get(y) ?? 0n;
    return sum;
  });
  const total = amounts.reduce((a, b) => a + b, 0n);
  const first = amounts[0] ?? 0n;
  const label = amounts.every((a) => a === first)
    ? t('nav.inlay.dimension-uniform', {
        amount: formatBaht(first),
        years: summary.years.length,
        total: formatBaht(total),
      })
    : t('nav.inlay.dimension-years', {
        list: summary.years.map((y, i) => `${y}: ${formatBaht(amounts[i] ?? 0n)}`).join(' · '),
        total: formatBaht(total),
      });
  return {
    position: d.heading.range.end,
    label,
    paddingLeft: true,
    tooltip: t('nav.inlay.dimension-tooltip', { count: d.projects.length }),
  };
}
