// Sums of the summary table: which project rows each total row covers, and their sums per year.
import type { Satang, SummaryTable, TableRow } from './types.js';

/** A total row (รวม or รวมทั้งสิ้น) with the project rows it covers and their computed sums. */
export interface TotalCoverage {
  /** The total row. */
  row: TableRow;
  /** The project rows it adds up: since the previous subtotal (รวม), or the whole table (รวมทั้งสิ้น). */
  rows: TableRow[];
  /** Sum of the covered rows per year column; blank and unreadable cells count as 0. */
  sums: Map<number, Satang>;
  /** Sum of `sums` over all years (what a total column should say). */
  total: Satang;
}

/** Sums the year cells of some project rows, per year. */
export function sumRows(rows: TableRow[], years: number[]): Map<number, Satang> {
  // One running sum per year column, blank and zero cells skipped (a table edit sums 2,000 rows of
  // the 50× plan four times: a map read and write per cell took most of it).
  const sums = years.map(() => 0n);
  for (const row of rows) {
    for (let k = 0; k < years.length; k++) {
      const value = row.years.get(years[k] as number)?.value;
      if (value) sums[k] = (sums[k] as Satang) + value;
    }
  }
  return new Map(years.map((y, k) => [y, sums[k] as Satang]));
}

/** Adds up a map of amounts. */
export function sumValues(values: Iterable<Satang>): Satang {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/**
 * Works out what each total row of the table covers and what it should say. A subtotal covers the
 * project rows since the previous subtotal, of its dimension only, within its part (a table per
 * dimension closes at its end).
 */
export function coverTotals(table: SummaryTable): TotalCoverage[] {
  const years = table.years;
  const out: TotalCoverage[] = [];
  let sinceSubtotal: TableRow[] = [];
  const all: TableRow[] = [];
  let part = 0;
  for (const row of table.rows) {
    if (row.part !== part && (row.kind === 'project' || row.kind.endsWith('total'))) {
      part = row.part;
      // A part that ends without its total row: its rows continue into the next part (a page break)
      // only when that part carries on the same dimension.
      const carried = sinceSubtotal[sinceSubtotal.length - 1]?.dimension;
      if (!carried || carried !== row.dimension) sinceSubtotal = [];
    }
    if (row.kind === 'project') {
      // A dimension's total covers its own rows only: a new dimension without a total row above it
      // starts again (total-row-missing reports the missing row).
      const before = sinceSubtotal[sinceSubtotal.length - 1]?.dimension;
      const dim = row.dimension;
      if (before && dim && before !== dim && before.number !== dim.number) sinceSubtotal = [];
      sinceSubtotal.push(row);
      all.push(row);
    } else if (row.kind === 'subtotal' || row.kind === 'grand-total') {
      const rows = row.kind === 'subtotal' ? sinceSubtotal : [...all];
      const sums = sumRows(rows, years);
      out.push({ row, rows, sums, total: sumValues(sums.values()) });
      if (row.kind === 'subtotal') sinceSubtotal = [];
    }
  }
  return out;
}

/** Sums of the project rows per dimension number (rows without a readable dimension are left out). */
export function sumByDimension(table: SummaryTable): Map<number, Map<number, Satang>> {
  const years = table.years;
  const groups = new Map<number, TableRow[]>();
  for (const row of table.rows) {
    const n = row.dimension?.number;
    if (row.kind !== 'project' || n === null || n === undefined) continue;
    const group = groups.get(n);
    if (group) group.push(row);
    else groups.set(n, [row]);
  }
  return new Map([...groups].map(([n, rows]) => [n, sumRows(rows, years)]));
}
