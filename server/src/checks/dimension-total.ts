// dimension-total: a รวม row's amount for a year is not the sum of the project rows above it.
import type { Check } from './types.js';
import { totalProblems } from './total-cells.js';

/** Reports each subtotal cell that is blank or differs from the computed sum; the fix writes the sum. */
export const check: Check = {
  meta: {
    id: 'dimension-total',
    description: {
      en: 'A dimension’s total (รวม) for a year is blank or differs from the sum of its project rows.',
      th: 'ยอดรวมของมิติ (แถวรวม) ในปีใดปีหนึ่งว่างหรือไม่เท่ากับผลบวกของแถวโครงการในมิตินั้น',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['budget', 'table'],
  },
  run({ index }) {
    return index.totals
      .filter((t) => t.row.kind === 'subtotal')
      .flatMap((t) =>
        totalProblems(
          t,
          {
            blank: 'dimension-total.blank',
            wrong: 'dimension-total.wrong',
            fix: 'dimension-total.fix',
            related: 'dimension-total.related-rows',
          },
          String(t.row.dimension?.number ?? '?'),
        ),
      );
  },
};
