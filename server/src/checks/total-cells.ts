// Shared by dimension-total and grand-total: compare a total row's year cells with the computed sums.
import { formatBaht } from '../parse/thai.js';
import type { TotalCoverage } from '../model/index.js';
import type { Problem } from './types.js';
import { coveredRows } from './project-count.js';
import { baht, bahtDiff } from './util.js';

/** The message keys one of the two total checks uses. */
export interface TotalKeys {
  blank: 'dimension-total.blank' | 'grand-total.blank';
  wrong: 'dimension-total.wrong' | 'grand-total.wrong';
  fix: 'dimension-total.fix' | 'grand-total.fix';
  related: 'dimension-total.related-rows' | 'grand-total.related-rows';
}

/** Problems for one total row: a blank year cell, or a written amount that is not the computed sum. */
export function totalProblems(t: TotalCoverage, keys: TotalKeys, label: string): Problem[] {
  const problems: Problem[] = [];
  const like = [...t.row.years.values()].find((c) => c.value !== null)?.cell.text ?? '';
  for (const [year, cell] of t.row.years) {
    const computed = t.sums.get(year) ?? 0n;
    if (cell.invalid || cell.value === computed) continue;
    const expected = baht(computed);
    const args = { label, year, expected };
    problems.push({
      range: cell.cell.range,
      message:
        cell.value === null
          ? { key: keys.blank, args }
          : {
              key: keys.wrong,
              args: {
                ...args,
                actual: baht(cell.value),
                difference: bahtDiff(cell.value, computed),
              },
            },
      related: coveredRows(t.rows, keys.related),
      data: {
        expected,
        ...(cell.value !== null ? { actual: baht(cell.value) } : {}),
        // A cell the row lacks has no place to write into (every lacking cell is at the line's end).
        fixes: cell.cell.absent
          ? []
          : [
              {
                title: { key: keys.fix, args: { expected } },
                edits: [
                  {
                    range: cell.cell.range,
                    newText: formatBaht(computed, cell.cell.text || like),
                  },
                ],
              },
            ],
      },
    });
  }
  return problems;
}
