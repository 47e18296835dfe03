// Which column of a summary table holds what, read from its header: one header row, or a header row
// with a second row below it (a year group over its money columns, `งบประมาณ` over the years).
import type { TableColumns } from '../model/types.js';
import { parseAmount } from './amount.js';
import { normalizeThai } from './thai.js';
import { spanRange } from '../model/line-range.js';

const YEAR = /(?<![0-9])(2[45][0-9]{2})(?![0-9])/;
/** A project column's header: โครงการ/กิจกรรม/มาตรการ, but not a count of them (`จำนวนโครงการ`). */
const PROJECT = /โครงการ|กิจกรรม|มาตรการ|project/i;
const COUNT = /จำนวน|number of|count/i;
/** Words of a second header row: a header row has only these, years and headings, never an amount. */
const HEADER_WORD =
  /งบประมาณ|บาท|ปี|แหล่ง|ที่มา|เทศบัญญัติ|ข้อบัญญัติ|อุดหนุน|แผน|จำนวน|เงิน|หน่วย|budget|baht|year|source|plan/i;
/** A money column that says where the money comes from, beside the plan's own amount for that year. */
const SOURCE = /แหล่ง|ที่มา|เทศบัญญัติ|ข้อบัญญัติ|อุดหนุน|อื่น|หน่วยงาน|source|subsid/i;
/** A money column that holds the plan's amount for its year. */
const PLAN_AMOUNT = /งบประมาณ|ตามแผน|^แผน|จำนวนเงิน|บาท|budget|plan|amount/i;

/** Column spans of a header line, to place the year columns' ranges. */
export type Spans = [number, number][];

/**
 * True when a body row is a second header row: it names no project, holds no amount (other than a
 * year) and has at least one header word or year.
 */
export function isSubHeader(cells: string[], header: string[]): boolean {
  let words = 0;
  for (const raw of cells) {
    const t = normalizeThai(raw);
    if (t === '') continue;
    if (YEAR.test(t) && /^(?:ปี|พ\.ศ\.|year)?\s*\(?\s*2[45]\d\d\s*\)?$/i.test(t)) {
      words++;
      continue;
    }
    if (!HEADER_WORD.test(t) || /[0-9]/.test(t.replace(YEAR, ''))) return false;
    // A project's name (a row with no amounts yet) is never a header word.
    if (PROJECT.test(t) && !COUNT.test(t)) return false;
    if (parseAmount(t).value !== null) return false;
    words++;
  }
  // A repeated header row is not a second header row.
  return words > 0 && !sameCells(cells, header);
}

/** True when two rows read the same after normalisation (a header repeated at a page break). */
export function sameCells(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((c, i) => normalizeThai(c) === normalizeThai(b[i] ?? ''));
}

/**
 * Reads the columns from the header row and, when given, the row below it. In a two-row header an
 * empty top cell with a non-empty cell below belongs to the group on its left (a merged cell). Among
 * several money columns of one year, the plan's amount is the year column and the others (where the
 * money comes from) are `extras`, never added to it. Null when there is no project or no year column.
 */
export function readColumns(
  header: string[],
  line: number,
  spans: Spans,
  sub?: string[],
): TableColumns | null {
  const top: string[] = [];
  header.forEach((h, i) => {
    const inherit = sub && normalizeThai(h) === '' && normalizeThai(sub[i] ?? '') !== '';
    top.push(inherit ? (top[i - 1] ?? '') : h);
  });
  const texts = top.map((t, i) => normalizeThai(`${t} ${sub?.[i] ?? ''}`));
  const cols: Partial<TableColumns> & {
    years: TableColumns['years'];
    extras: TableColumns['extras'];
  } = { years: [], extras: [] };
  const byYear = new Map<number, number[]>();
  texts.forEach((t, index) => {
    if (t === '') return;
    const year = YEAR.exec(t);
    if (/^(รวม|total)/i.test(t)) {
      if (cols.total === undefined) cols.total = index;
    } else if (year) {
      const y = Number(year[1]);
      byYear.set(y, [...(byYear.get(y) ?? []), index]);
    } else if (PROJECT.test(t) && !COUNT.test(t) && cols.project === undefined)
      cols.project = index;
    else if (/^(มิติ|ยุทธศาสตร์|dimension|strategy)/i.test(t) && cols.dimension === undefined)
      cols.dimension = index;
    else if (/^(ภารกิจ|แผนงาน|mission|programme)/i.test(t) && cols.mission === undefined)
      cols.mission = index;
    else if (/^(หมายเหตุ|note)/i.test(t) && cols.note === undefined) cols.note = index;
  });
  for (const [year, indexes] of byYear) {
    const own = (i: number): string => normalizeThai(sub?.[i] ?? top[i] ?? '');
    // Several columns of one year are money sources only when one of them says so; otherwise the
    // year is simply written twice, which the year-columns check reports.
    const split = indexes.length > 1 && indexes.some((i) => SOURCE.test(own(i)));
    const primary = split
      ? (indexes.find((i) => PLAN_AMOUNT.test(own(i)) && !SOURCE.test(own(i))) ??
        indexes.find((i) => !SOURCE.test(own(i))) ??
        indexes[0])
      : undefined;
    for (const index of indexes) {
      const span = spans[index] ?? [0, 0];
      if (!split || index === primary)
        cols.years.push({ year, index, range: spanRange(line, span) });
      else cols.extras.push({ year, index });
    }
  }
  cols.years.sort((a, b) => a.index - b.index);
  if (cols.project === undefined || cols.years.length === 0) return null;
  return cols as TableColumns;
}
