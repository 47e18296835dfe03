// Hover on a รวม / รวมทั้งสิ้น row of the summary table: per year, what is written, the sum of the rows it
// covers, the difference, and the total computed from the project details; on a year cell, which rows
// were summed for that year.
import { MarkupKind, type Hover } from 'vscode-languageserver/node.js';
import type { Analysis } from '../engine.js';
import { formatMessage, type CatalogueKey, type Locale } from '../i18n/index.js';
import type { TotalCoverage } from '../model/index.js';
import type { SummaryTotals } from '../model/summary.js';
import type { AmountCell, Cell } from '../model/types.js';
import { formatBaht } from '../parse/thai.js';
import { escapeMarkdown, markdownTable, projectLabel, runs, short, signed } from './format.js';
import { navIndexOf } from './nav-index.js';

/** At most this many non-zero rows are listed in a year's breakdown. */
const MAX_LISTED = 12;

/** The hover of a total row; `cell` is the cell under the cursor. */
export function totalHover(
  analysis: Analysis,
  { coverage, cell }: { coverage: TotalCoverage; cell: Cell | undefined },
  locale: Locale,
): Hover {
  const t = (key: CatalogueKey, args?: Record<string, string | number>) =>
    formatMessage(key, args, locale);
  const { row, rows, sums, total } = coverage;
  const years = analysis.plan.table?.columns.years.map((y) => y.year) ?? [];
  const details = detailsTotals(analysis, coverage);
  const title =
    row.kind === 'grand-total'
      ? t('nav.hover.grand-title')
      : t('nav.hover.subtotal-title', {
          dimension: row.dimension
            ? escapeMarkdown(`${row.dimension.number ?? ''} ${row.dimension.title}`.trim())
            : '',
        });
  const numbers = rows.map((r) => r.number).filter((n): n is number => n !== null);
  const header = [
    t('nav.hover.year'),
    t('nav.hover.written'),
    t('nav.hover.rows-sum'),
    t('nav.hover.difference'),
  ];
  if (details) header.push(t('nav.hover.details'));
  const body = years.map((year) => {
    const written = row.years.get(year);
    const sum = sums.get(year) ?? 0n;
    const line = [
      String(year),
      writtenText(written, t),
      formatBaht(sum),
      difference(written?.value ?? null, sum),
    ];
    if (details) line.push(formatBaht(details.amounts.get(year) ?? 0n));
    return line;
  });
  const writtenTotal = row.total ?? sumOfWritten(row.years);
  const foot = [
    `**${t('nav.hover.sum', { years: years.length })}**`,
    `**${writtenText(writtenTotal, t)}**`,
    `**${formatBaht(total)}**`,
    difference(writtenTotal?.value ?? null, total),
  ];
  if (details) foot.push(`**${formatBaht(details.total)}**`);
  const out = [
    `**${title}** · ${t('nav.hover.covers', { count: rows.length, rows: runs(numbers) || '—' })}`,
    markdownTable(header, [...body, foot]),
  ];
  const year = analysis.plan.table?.columns.years.find((y) => y.index === cell?.index)?.year;
  if (year !== undefined) out.push(yearBreakdown(coverage, year, t));
  const range = cell && year !== undefined ? cell.range : row.range;
  return { contents: { kind: MarkupKind.Markdown, value: out.join('\n\n') }, range };
}

/** What a total cell says: its amount, blank, or its unreadable text. */
function writtenText(
  cell: { value: bigint | null; invalid: boolean; cell?: Cell } | undefined,
  t: (key: CatalogueKey) => string,
): string {
  if (!cell || (cell.value === null && !cell.invalid)) return t('nav.hover.blank');
  if (cell.value === null)
    return `${escapeMarkdown(cell.cell?.text ?? '')} (${t('nav.hover.unreadable')})`;
  return formatBaht(cell.value);
}

function difference(written: bigint | null, computed: bigint): string {
  if (written === null) return '—';
  return written === computed ? '' : `**${signed(written - computed)}**`;
}

/** The sum of a row's written year cells; blank when none is filled. */
function sumOfWritten(years: Map<number, AmountCell>): { value: bigint | null; invalid: boolean } {
  let value: bigint | null = null;
  for (const c of years.values()) if (c.value !== null) value = (value ?? 0n) + c.value;
  return { value, invalid: false };
}

/** The same total computed from the project details (the dimension's projects, or all of them). */
function detailsTotals(analysis: Analysis, { row }: TotalCoverage): SummaryTotals | undefined {
  const summary = navIndexOf(analysis).summary;
  if (row.kind === 'grand-total') return summary.grandTotal;
  const n = row.dimension?.number;
  return summary.groups.find((g) => g.dimension && g.dimension.number === n)?.subtotal;
}

/** Which rows were summed for one year: the non-zero ones by name, the zero, blank and unreadable ones counted. */
function yearBreakdown(
  { rows, sums }: TotalCoverage,
  year: number,
  t: (key: CatalogueKey, args?: Record<string, string | number>) => string,
): string {
  const listed: string[] = [];
  let zeros = 0;
  const blank: string[] = [];
  const unreadable: string[] = [];
  for (const r of rows) {
    const c = r.years.get(year);
    const label = r.number === null ? short(r.name, 30) : String(r.number);
    if (!c || (c.value === null && !c.invalid)) blank.push(label);
    else if (c.value === null) unreadable.push(label);
    else if (c.value === 0n) zeros++;
    else listed.push(`- ${escapeMarkdown(short(projectLabel(r), 70))}: ${formatBaht(c.value)}`);
  }
  const more = listed.length - MAX_LISTED;
  const items = listed.slice(0, MAX_LISTED);
  if (more > 0) items.push(`- ${t('nav.hover.more-rows', { count: more })}`);
  if (zeros) items.push(`- ${t('nav.hover.zero-rows', { count: zeros })}`);
  if (blank.length) items.push(`- ${t('nav.hover.blank-rows', { rows: blank.join(', ') })}`);
  if (unreadable.length)
    items.push(`- ${t('nav.hover.unreadable-rows', { rows: unreadable.join(', ') })}`);
  const head = t('nav.hover.year-breakdown', { year, amount: formatBaht(sums.get(year) ?? 0n) });
  return [head, ...items].join('\n');
}
