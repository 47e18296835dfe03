// grand-total: the รวมทั้งสิ้น row's amount for a year is not the sum of every project row.
import type { Check } from './types.js';
import { totalProblems } from './total-cells.js';

/** Reports each grand-total cell that is blank or differs from the computed sum; the fix writes the sum. */
export const check: Check = {
  meta: {
    id: 'grand-total',
    description: {
      en: 'The grand total (รวมทั้งสิ้น) for a year is blank or differs from the sum of all project rows.',
      th: 'ยอดรวมทั้งสิ้นในปีใดปีหนึ่งว่างหรือไม่เท่ากับผลบวกของแถวโครงการทั้งหมด',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['budget', 'table'],
  },
  run({ index }) {
    return index.totals
      .filter((t) => t.row.kind === 'grand-total')
      .flatMap((t) =>
        totalProblems(
          t,
          {
            blank: 'grand-total.blank',
            wrong: 'grand-total.wrong',
            fix: 'grand-total.fix',
            related: 'grand-total.related-rows',
          },
          '',
        ),
      );
  },
};
