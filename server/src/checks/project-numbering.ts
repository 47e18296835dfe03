// project-numbering: projects are numbered 1, 2, 3 … across the whole plan, as in the national template.
import type { Check, Problem } from './types.js';
import { digitsLike, textAt } from './util.js';

/** Reports each project heading whose number is not its position in the plan. */
export const check: Check = {
  meta: {
    id: 'project-numbering',
    description: {
      en: 'Projects are numbered 1, 2, 3 … across the whole plan, without gaps or repeats.',
      th: 'โครงการต้องเรียงเลข 1, 2, 3 … ต่อเนื่องทั้งแผน ไม่ข้ามและไม่ซ้ำ',
    },
    defaultLevel: 'warning',
    fixable: true,
    tags: ['numbering', 'structure'],
  },
  run({ plan }) {
    const problems: Problem[] = [];
    plan.projects.forEach((p, i) => {
      const expected = i + 1;
      if (p.number === expected) return;
      if (p.number === null) {
        problems.push({
          range: p.heading.textRange,
          message: { key: 'project-numbering.missing', args: { expected } },
          data: { expected },
        });
        return;
      }
      const written = textAt(plan, p.numberRange);
      problems.push({
        range: p.numberRange,
        message: { key: 'project-numbering.wrong', args: { actual: p.number, expected } },
        data: {
          expected,
          actual: p.number,
          fixes: [
            {
              title: { key: 'project-numbering.fix', args: { expected } },
              edits: [{ range: p.numberRange, newText: digitsLike(expected, written) }],
            },
          ],
        },
      });
    });
    return problems;
  },
};
