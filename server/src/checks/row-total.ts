// row-total: a row's total column (รวม) is not the sum of its year cells.
import { formatBaht } from '../parse/thai.js';
import { sumValues } from '../model/totals.js';
import type { TableRow } from '../model/types.js';
import type { PlanIndex } from '../model/index.js';
import type { Check, Problem } from './types.js';
import { baht, bahtDiff } from './util.js';

/** Reports a total-column cell that is blank or differs from the sum of the row's years. */
export const check: Check = {
  meta: {
    id: 'row-total',
    description: {
      en: 'A row’s total column is blank or differs from the sum of its year amounts.',
      th: 'ช่องรวมของแถวว่างหรือไม่เท่ากับผลบวกงบประมาณของทุกปีในแถวนั้น',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['budget', 'table'],
  },
  run({ plan, index }) {
    const problems: Problem[] = [];
    for (const row of plan.table?.rows ?? []) {
      const total = row.total;
      if (!total || total.invalid) continue;
      const computed = expectedTotal(row, index);
      if (computed === undefined || total.value === computed) continue;
      const expected = baht(computed);
      const sumRow = row.kind !== 'project';
      const label = sumRow
        ? (row.cells.find((c) => c.text !== '')?.text ?? '')
        : String(row.number ?? '?');
      const like = [...row.years.values()].find((c) => c.value !== null)?.cell.text ?? '';
      const wrong = {
        row: label,
        actual: baht(total.value ?? 0n),
        expected,
        difference: bahtDiff(total.value ?? 0n, computed),
      };
      problems.push({
        range: total.cell.range,
        message:
          total.value === null
            ? {
                key: sumRow ? 'row-total.blank-sum-row' : 'row-total.blank',
                args: { row: label, expected },
              }
            : { key: sumRow ? 'row-total.wrong-sum-row' : 'row-total.wrong', args: wrong },
        data: {
          expected,
          ...(total.value !== null ? { actual: baht(total.value) } : {}),
          // A cell the row lacks has no place to write into (every lacking cell is at the line's end).
          fixes: total.cell.absent
            ? []
            : [
                {
                  title: { key: 'row-total.fix', args: { expected } },
                  edits: [
                    {
                      range: total.cell.range,
                      newText: formatBaht(computed, total.cell.text || like),
                    },
                  ],
                },
              ],
        },
      });
    }
    return problems;
  },
};

/**
 * What the total column should say: for a project row, the sum of its years (unknown when a year is
 * blank or unreadable); for a total row, the sum of the computed year totals it covers.
 */
function expectedTotal(row: TableRow, index: PlanIndex): bigint | undefined {
  if (row.kind === 'subtotal' || row.kind === 'grand-total') {
    return index.totals.find((t) => t.row === row)?.total;
  }
  if (row.kind !== 'project') return undefined;
  const values = [...row.years.values()].map((c) => c.value);
  if (values.length === 0 || values.some((v) => v === null)) return undefined;
  return sumValues(values as bigint[]);
}
