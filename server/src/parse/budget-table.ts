// Reads a project's own budget table: year columns (| 2566 | 2567 | …) or a year per row
// (| ปี 2566 | 20,000 |). A รวม row must be its rows' sum; a year it does not settle stays unknown.
import type { BudgetIssue, Range, Satang } from '../model/types.js';
import { parseAmount } from './amount.js';
import { type FoundTable, splitRow } from './table.js';
import { normalizeThai } from './thai.js';
import { spanRange } from '../model/line-range.js';

/** What a budget table says. */
export interface TableBudget {
  amounts: Map<number, Satang>;
  issues: BudgetIssue[];
}

const YEAR = /(?:^|\D)(25\d\d)(?:\D|$)/;
const TOTAL = /^(?:รวม|ทั้งสิ้น|total)/iu;

/** The range of cell `col` of table row `row` (0 = header; the delimiter line is skipped). */
function cellRange(table: FoundTable, lines: string[], row: number, col: number): Range {
  const line = table.startLine + (row === 0 ? 0 : row + 1);
  return spanRange(line, splitRow(lines[line] ?? '')[col] ?? [0, 0]);
}

/** One amount per year, from a list of (year, row, column) places; the รวม place checks the others. */
interface Place {
  row: number;
  col: number;
}

/** Per year: its cost-line cells, its รวม cell, and the cell naming the year. */
type Years = Map<number, { items: Place[]; total?: Place; yearAt: Place }>;

/** Reads the table; null when it names no plan year. */
export function readBudgetTable(
  table: FoundTable,
  lines: string[],
  years: number[],
): TableBudget | null {
  const header = (table.rows[0] ?? []).map((h) => normalizeThai(h));
  const yearOf = (t: string): number | null => {
    const m = YEAR.exec(normalizeThai(t));
    return m ? Number(m[1]) : null;
  };
  const columns = header.map(yearOf);
  const body = table.rows.slice(1).map((cells, k) => ({ cells, row: k + 1 }));
  const isTotal = (cells: string[]) => TOTAL.test(normalizeThai(cells[0] ?? ''));
  const byYear: Years = new Map();
  const add = (year: number, place: Place, total: boolean, yearAt: Place) => {
    const entry = byYear.get(year) ?? { items: [], yearAt };
    if (total) entry.total = place;
    else entry.items.push(place);
    byYear.set(year, entry);
  };
  if (columns.some((y) => y !== null)) {
    // Year columns: each body row is a cost line, or the รวม row.
    for (const { cells, row } of body)
      columns.forEach((y, col) => {
        if (y !== null) add(y, { row, col }, isTotal(cells), { row: 0, col });
      });
    if (byYear.size === 0) return null;
    return settle(table, lines, years, byYear);
  }
  // A year per row: the first cell names the year, the first amount cell after it is its amount;
  // a รวม row totals the years.
  let total: Place | undefined;
  const amountCol = (cells: string[]) =>
    cells.findIndex((c, i) => i > 0 && parseAmount(c).value !== null);
  for (const { cells, row } of body) {
    const y = yearOf(cells[0] ?? '');
    const col = amountCol(cells);
    if (y !== null && col > 0) add(y, { row, col }, false, { row, col: 0 });
    else if (isTotal(cells) && col > 0) total = { row, col };
  }
  if (byYear.size === 0) return null;
  const read = settle(table, lines, years, byYear);
  if (total) checkTotal(read, table, lines, total, byYear.size);
  return read;
}

/** A year-per-row table's รวม row: the sum of the years it lists, when every one was read. */
function checkTotal(
  read: TableBudget,
  table: FoundTable,
  lines: string[],
  total: Place,
  listed: number,
): void {
  const text = table.rows[total.row]?.[total.col] ?? '';
  const stated = parseAmount(text);
  const range = cellRange(table, lines, total.row, total.col);
  if (stated.invalid) {
    read.issues.push({ reason: 'unreadable', range, text });
    return;
  }
  const outside = read.issues.filter((i) => i.reason === 'year-outside').length;
  if (stated.value === null || read.amounts.size + outside !== listed || outside) return;
  const sum = [...read.amounts.values()].reduce((a, b) => a + b, 0n);
  if (sum === stated.value) return;
  read.issues.push({ reason: 'table-total', range, text, expected: sum, actual: stated.value });
  read.amounts.clear();
}

function settle(table: FoundTable, lines: string[], years: number[], byYear: Years): TableBudget {
  const amounts = new Map<number, Satang>();
  const issues: BudgetIssue[] = [];
  const text = (p: Place) => table.rows[p.row]?.[p.col] ?? '';
  for (const [year, { items, total, yearAt }] of byYear) {
    const places = total ? [total, ...items] : items;
    const bad = places.filter((p) => parseAmount(text(p)).invalid);
    for (const p of bad)
      issues.push({
        reason: 'unreadable',
        range: cellRange(table, lines, p.row, p.col),
        text: text(p),
      });
    if (bad.length) continue;
    const values = items.map((p) => parseAmount(text(p)).value);
    const known = values.filter((v): v is Satang => v !== null);
    const itemSum = known.reduce((a, b) => a + b, 0n);
    const stated = total ? parseAmount(text(total)).value : null;
    let value: Satang | null = null;
    if (stated !== null) {
      if (known.length && itemSum !== stated && total) {
        issues.push({
          reason: 'table-total',
          range: cellRange(table, lines, total.row, total.col),
          text: text(total),
          year,
          expected: itemSum,
          actual: stated,
        });
        continue;
      }
      value = stated;
    } else if (known.length === 1 || (known.length > 1 && !total)) {
      // One row, or cost lines with no รวม row: their sum, which is what the table says.
      value = itemSum;
    }
    if (value === null) continue;
    if (years.length && !years.includes(year)) {
      issues.push({
        reason: 'year-outside',
        range: cellRange(table, lines, yearAt.row, yearAt.col),
        text: text(yearAt),
        year,
      });
      continue;
    }
    amounts.set(year, value);
  }
  return { amounts, issues };
}
