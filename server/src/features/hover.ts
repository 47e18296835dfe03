// Hover on a project heading, a `โครงการที่ N` mention or a summary-table project row: the amount per
// year as the project's details state it beside what its table row says (with the difference), and the
// sums over the plan years. Total rows are in hover-totals.ts.
import {
  MarkupKind,
  type Connection,
  type Hover,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine.js';
import { formatMessage, type CatalogueKey, type Locale } from '../i18n/index.js';
import type { Position, Project, TableRow } from '../model/types.js';
import { formatBaht } from '../parse/thai.js';
import { openPlan, type FeatureContext } from './context.js';
import { escapeMarkdown, markdownTable, projectLabel, short, signed } from './format.js';
import { totalHover } from './hover-totals.js';
import { developmentHover } from './development-nav.js';
import { navIndexOf, targetAt } from './nav-index.js';

/** Answers `textDocument/hover` on project headings, table rows and total rows of plan documents. */
export function registerHoverSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ctx: FeatureContext,
): ServerCapabilities {
  connection.onHover(async ({ textDocument, position }) => {
    const open = await openPlan(connection, documents, ctx, textDocument.uri);
    return open ? hoverAt(open.analysis, position, ctx.locale(open.analysis)) : null;
  });
  return { hoverProvider: true };
}

/** The hover at a position, or null. */
export function hoverAt(analysis: Analysis, position: Position, locale: Locale): Hover | null {
  if (analysis.plan.development) return developmentHover(analysis, position, locale);
  const target = targetAt(analysis, position);
  if (target?.kind === 'total') return totalHover(analysis, target, locale);
  if (target?.kind === 'project' || target?.kind === 'mention') {
    const project =
      target.kind === 'project'
        ? target.project
        : analysis.index.projectsByNumber.get(target.mention.number)?.[0];
    if (!project) return null;
    const row = analysis.index.rowsOfProject.get(project)?.[0]?.row;
    const range = target.kind === 'project' ? project.heading.textRange : target.mention.range;
    return markdown(projectHover(analysis, project, row, locale), range);
  }
  if (target?.kind === 'row') {
    const project =
      target.match?.project ??
      (target.row.number === null
        ? undefined
        : analysis.index.projectsByNumber.get(target.row.number)?.[0]);
    const title = formatMessage('nav.hover.row-title', { row: target.row.number ?? '?' }, locale);
    const body = project
      ? projectHover(analysis, project, target.row, locale)
      : formatMessage('nav.hover.row-no-project', undefined, locale);
    return markdown(`${title}\n\n${body}`, target.cell?.range ?? target.row.range);
  }
  return null;
}

function markdown(value: string, range: Hover['range']): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, ...(range ? { range } : {}) };
}

/** The project's amounts per year, compared with a table row when there is one. */
function projectHover(
  analysis: Analysis,
  project: Project,
  row: TableRow | undefined,
  locale: Locale,
): string {
  const t = (key: CatalogueKey, args?: Record<string, string | number>) =>
    formatMessage(key, args, locale);
  const nav = navIndexOf(analysis);
  const years = nav.summary.years;
  const unknown = project.budget.kind === 'absent' || project.budget.kind === 'unreadable';
  const stated = unknown
    ? new Map<number, bigint>()
    : (nav.summaryRow.get(project)?.amounts ?? new Map());
  const written = (year: number) => row?.years.get(year)?.value ?? null;
  const diffOf = (a: bigint | undefined, b: bigint | null) =>
    a !== undefined && b !== null ? b - a : 0n;
  let mineSum = 0n;
  let rowSum = 0n;
  for (const year of years) {
    mineSum += stated.get(year) ?? 0n;
    rowSum += written(year) ?? 0n;
  }
  const showDiff =
    !!row && (rowSum !== mineSum || years.some((y) => diffOf(stated.get(y), written(y)) !== 0n));
  const header = [t('nav.hover.year'), t('nav.hover.details')];
  if (row) header.push(t('nav.hover.table-row', { row: row.number ?? '?' }));
  if (showDiff) header.push(t('nav.hover.difference'));
  const amount = (v: bigint | null | undefined, none: string) =>
    v === null || v === undefined ? none : formatBaht(v);
  const rows = years.map((year) => {
    const cells = [String(year), amount(stated.get(year), t('nav.hover.not-stated'))];
    if (row) cells.push(amount(written(year), t('nav.hover.blank')));
    const diff = diffOf(stated.get(year), written(year));
    if (showDiff) cells.push(diff !== 0n ? signed(diff) : '');
    return cells;
  });
  const sum = [`**${t('nav.hover.sum', { years: years.length })}**`, `**${formatBaht(mineSum)}**`];
  if (row) sum.push(`**${formatBaht(rowSum)}**`);
  if (showDiff) sum.push(rowSum !== mineSum ? `**${signed(rowSum - mineSum)}**` : '');
  rows.push(sum);
  const out = [
    `**${escapeMarkdown(short(projectLabel(project), 90))}**`,
    markdownTable(header, rows),
  ];
  const says = budgetText(analysis, project);
  if (says) out.push(t('nav.hover.budget-says', { text: escapeMarkdown(short(says, 100)) }));
  if (!row) out.push(t('nav.hover.not-in-table'));
  return out.join('\n\n');
}

/** The first line of the project's budget section, as written. */
function budgetText(analysis: Analysis, project: Project): string | undefined {
  const r = project.budget.range;
  if (!r) return undefined;
  for (let l = r.start.line; l <= r.end.line; l++) {
    const text = (analysis.plan.lines[l] ?? '').trim();
    if (text) return text;
  }
  return undefined;
}
