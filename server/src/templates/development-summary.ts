// The ผ.01 summary written as a Markdown table in the form's layout: per year a project count and a
// budget (a two-row header, the year over both), then รวม 5 ปี; bold strategy and total rows.
import type { DevelopmentSummary, SummaryLine } from '../model/development-summary.js';
import { escapeCell } from '../parse/escape.js';
import { formatBaht } from '../parse/thai.js';

/** A count cell: `-` for none, `?` when unknown. */
const count = (n: number | null | undefined): string =>
  n === null || n === undefined ? '?' : n === 0 ? '-' : String(n);
/** An amount cell: `-` for none, `?` when unknown. */
const amount = (v: bigint | null | undefined): string =>
  v === null || v === undefined ? '?' : v === 0n ? '-' : formatBaht(v);

/** One table row of the summary. */
function row(line: SummaryLine, years: readonly number[]): string {
  const bold = line.kind !== 'programme';
  const b = (s: string): string => (bold && s !== '' && s !== '-' ? `**${s}**` : s);
  const cells = [b(escapeCell(line.label))];
  const f = line.figures;
  for (const y of years)
    cells.push(f ? b(count(f.counts.get(y))) : '', f ? b(amount(f.amounts.get(y))) : '');
  cells.push(f ? b(count(f.totalCount)) : '', f ? b(amount(f.totalAmount)) : '');
  return `| ${cells.join(' | ')} |`;
}

/** The ผ.01 table's lines. */
export function summaryTableLines(summary: DevelopmentSummary): string[] {
  const { years } = summary;
  const top = ['ยุทธศาสตร์', ...years.flatMap((y) => [`ปี ${y}`, '']), `รวม ${years.length} ปี`, ''];
  const align = ['---', ...years.flatMap(() => ['---:', '---:']), '---:', '---:'];
  const second = ['', ...[...years, 0].flatMap(() => ['จำนวนโครงการ', 'งบประมาณ (บาท)'])];
  return [
    `| ${top.join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    `| ${second.join(' | ')} |`,
    ...summary.lines.map((l) => row(l, years)),
  ];
}
