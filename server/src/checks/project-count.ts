// project-count: the `จำนวน N โครงการ` written in a total row is not the number of rows it covers.
import type { TableRow } from '../model/types.js';
import type { Check, Problem, Related } from './types.js';
import { digitsLike, textAt } from './util.js';

/** Reports total rows whose count differs from the project rows they cover. */
export const check: Check = {
  meta: {
    id: 'project-count',
    description: {
      en: 'The project count written in a total row differs from the number of rows it covers.',
      th: 'จำนวนโครงการที่เขียนในแถวรวม ไม่เท่ากับจำนวนแถวโครงการที่แถวรวมนั้นครอบคลุม',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['table', 'budget'],
  },
  run({ plan, index }) {
    const problems: Problem[] = [];
    for (const t of index.totals) {
      const count = t.row.count;
      if (!count || count.value === t.rows.length) continue;
      const expected = t.rows.length;
      problems.push({
        range: count.range,
        message: {
          key: 'project-count.wrong',
          args: { actual: count.value, expected, difference: count.value - expected },
        },
        related: coveredRows(t.rows, 'project-count.related-rows'),
        data: {
          expected,
          actual: count.value,
          fixes: [
            {
              title: { key: 'project-count.fix', args: { expected } },
              edits: [
                { range: count.range, newText: digitsLike(expected, textAt(plan, count.range)) },
              ],
            },
          ],
        },
      });
    }
    return problems;
  },
};

/** Related entries for the first and last covered rows, with the given message. */
export function coveredRows(
  rows: TableRow[],
  key: 'project-count.related-rows' | 'dimension-total.related-rows' | 'grand-total.related-rows',
): Related[] {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return [];
  const from = first.number ?? '?';
  const to = last.number ?? '?';
  const entry = (row: TableRow): Related => ({
    range: row.projectCell?.range ?? row.range,
    message: { key, args: { from, to, count: rows.length } },
  });
  return first === last ? [entry(first)] : [entry(first), entry(last)];
}
