// dimension-numbering: dimensions are numbered 1, 2, 3 … in document order.
import type { Check, Problem } from './types.js';
import { digitsLike, textAt } from './util.js';

/** Reports each dimension heading whose number is not its position. */
export const check: Check = {
  meta: {
    id: 'dimension-numbering',
    description: {
      en: 'Dimensions are numbered 1, 2, 3 … in order, without gaps or repeats.',
      th: 'มิติต้องเรียงเลข 1, 2, 3 … ตามลำดับ ไม่ข้ามและไม่ซ้ำ',
    },
    defaultLevel: 'warning',
    fixable: true,
    tags: ['numbering', 'structure'],
  },
  run({ plan }) {
    const problems: Problem[] = [];
    plan.dimensions.forEach((d, i) => {
      const expected = i + 1;
      if (d.number === expected) return;
      const written = textAt(plan, d.numberRange);
      problems.push({
        range: d.numberRange,
        message:
          d.number === null
            ? { key: 'dimension-numbering.missing', args: { expected } }
            : { key: 'dimension-numbering.wrong', args: { actual: d.number, expected } },
        data: {
          expected,
          ...(d.number !== null ? { actual: d.number } : {}),
          ...(d.number !== null
            ? {
                fixes: [
                  {
                    title: { key: 'dimension-numbering.fix', args: { expected } },
                    edits: [{ range: d.numberRange, newText: digitsLike(expected, written) }],
                  },
                ],
              }
            : {}),
        },
      });
    });
    return problems;
  },
};
