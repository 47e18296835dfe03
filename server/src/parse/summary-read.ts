// The summary table among a plan's tables, read again only when the table changed, and the plan's years
// taken from its columns when the front matter gives none.
import type { FrontMatter, SummaryTable } from '../model/types.js';
import { readSummaryTable, type FoundTable } from './table.js';
import { untouched, type LineDiff } from './reuse.js';

/** A table's cell texts and what reading it as the summary table gave. */
export interface TableRead {
  rows: string[][];
  table: SummaryTable | null;
}

/** True when two tables have the same cell texts. */
function sameRows(a: string[][], b: string[][]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((row, i) => {
    const other = b[i] as string[];
    return row.length === other.length && row.every((cell, j) => cell === other[j]);
  });
}

/** The summary table: the first table whose header reads as one (a read is reused when the table is unchanged). */
export function summaryTable(
  tables: FoundTable[],
  lines: string[],
  reads: Map<number, TableRead>,
  before?: Map<number, TableRead>,
  diff?: LineDiff,
): SummaryTable | undefined {
  for (const t of tables) {
    const old = before?.get(t.startLine);
    const table =
      old && untouched(diff, t.startLine, t.endLine + 1) && sameRows(old.rows, t.rows)
        ? old.table
        : readSummaryTable(t, lines);
    reads.set(t.startLine, { rows: t.rows, table });
    if (table) return table;
  }
  return undefined;
}

/** The front matter with its years taken from the table's year columns when it gives none (a copy). */
export function withTableYears(fm: FrontMatter, table: SummaryTable | undefined): FrontMatter {
  if (fm.years.length > 0 || !table) return fm;
  const years = [...new Set(table.columns.years.map((y) => y.year))].sort((a, b) => a - b);
  if (years.length === 0) return fm;
  return {
    ...fm,
    years,
    issues: fm.issues.map((i) =>
      i.key === 'years' ? { ...i, assumed: `${years[0]}-${years[years.length - 1]}` } : i,
    ),
  };
}
