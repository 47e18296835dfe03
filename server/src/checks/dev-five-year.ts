// dev-five-year: the ผ.01 รวม 5 ปี count and budget of every row equal the sums of its years (the
// years as ผ.02 gives them where the row has a basis there, else as the row writes them).
import type { Check, Problem } from './types.js';
import { baht } from './util.js';
import { sumAmounts, sumCounts } from '../model/development-totals.js';
import { amountText, cellEdit, countText, rowName, shown, yearSpan } from './development-util.js';

/** Reports every five-year cell that is not the sum of the years. */
export const check: Check = {
  meta: {
    id: 'dev-five-year',
    description: {
      en: 'A ผ.01 รวม 5 ปี count or budget is not the sum of the year columns.',
      th: 'จำนวนโครงการหรืองบประมาณรวม 5 ปีใน ผ.01 ไม่เท่ากับผลรวมของแต่ละปี',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['budget', 'table', 'development'],
    profiles: ['development'],
  },
  run({ plan, index }) {
    const dev = plan.development;
    const rows = dev?.summary?.rows ?? [];
    const problems: Problem[] = [];
    if (!dev) return problems;
    const span = yearSpan(dev.summary?.years ?? dev.years);
    rows.forEach((row, i) => {
      if (row.kind === 'header' || row.kind === 'other') return;
      const want = index.development?.expected.get(i)?.figures;
      const count = row.totalCount;
      const expectedCount = want
        ? want.totalCount
        : sumCounts([...row.counts.values()].map((c) => c.value));
      if (count && !count.invalid && typeof expectedCount === 'number') {
        if (
          !(count.value === expectedCount || (count.value === null && expectedCount === 0)) &&
          !(row.kind === 'strategy' && count.value === null)
        ) {
          const text = countText(expectedCount);
          problems.push({
            range: count.cell.range,
            message: {
              key: 'dev-five-year.count',
              args: {
                row: rowName(row, rows),
                span,
                actual: shown(count.cell),
                expected: expectedCount,
              },
            },
            data: {
              expected: expectedCount,
              fixes: [
                {
                  title: { key: 'dev-five-year.fix', args: { expected: text } },
                  edits: [cellEdit(plan, count.cell, text)],
                },
              ],
            },
          });
        }
      }
      const amount = row.totalAmount;
      const expectedAmount = want
        ? want.totalAmount
        : sumAmounts([...row.amounts.values()].map((c) => c.value));
      if (amount && !amount.invalid && typeof expectedAmount === 'bigint') {
        if (
          !(amount.value === expectedAmount || (amount.value === null && expectedAmount === 0n)) &&
          !(row.kind === 'strategy' && amount.value === null)
        ) {
          const text = amountText(expectedAmount, amount.cell.text);
          problems.push({
            range: amount.cell.range,
            message: {
              key: 'dev-five-year.amount',
              args: {
                row: rowName(row, rows),
                span,
                actual: shown(amount.cell),
                expected: baht(expectedAmount),
              },
            },
            data: {
              expected: baht(expectedAmount),
              fixes: [
                {
                  title: { key: 'dev-five-year.fix', args: { expected: text } },
                  edits: [cellEdit(plan, amount.cell, text)],
                },
              ],
            },
          });
        }
      }
    });
    return problems;
  },
};
