// project-numbering: projects are numbered 1, 2, 3 … across the whole plan, as in the national template,
// or within each dimension or mission when the plan numbers them so (model/numbering.ts).
import { positions } from '../model/numbering.js';
import type { Check, Problem } from './types.js';
import { digitsLike, textAt } from './util.js';

/** Reports each project heading whose number is not its position in the plan. */
export const check: Check = {
  meta: {
    id: 'project-numbering',
    description: {
      en: 'Projects are numbered 1, 2, 3 … across the whole plan (or within each dimension or mission, when the plan numbers them so), without gaps or repeats.',
      th: 'โครงการต้องเรียงเลข 1, 2, 3 … ต่อเนื่องทั้งแผน (หรือภายในแต่ละมิติหรือภารกิจ หากแผนเรียงเลขแบบนั้น) ไม่ข้ามและไม่ซ้ำ',
    },
    defaultLevel: 'warning',
    fixable: true,
    tags: ['numbering', 'structure'],
  },
  run({ plan, index }) {
    const problems: Problem[] = [];
    const expectedOf = positions(plan.projects, index.numbering);
    const wrong =
      index.numbering === 'plan'
        ? 'project-numbering.wrong'
        : index.numbering === 'dimension'
          ? 'project-numbering.wrong-in-dimension'
          : 'project-numbering.wrong-in-mission';
    plan.projects.forEach((p) => {
      const expected = expectedOf.get(p) ?? 0;
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
        message: { key: wrong, args: { actual: p.number, expected } },
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
