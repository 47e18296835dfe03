// mission-numbering: missions are numbered D.1, D.2 … within their dimension D.
import type { Check, Problem } from './types.js';
import { digitsLike, textAt } from './util.js';

/** Reports each mission heading whose `D.M` is not its dimension's number and its position. */
export const check: Check = {
  meta: {
    id: 'mission-numbering',
    description: {
      en: 'Missions are numbered D.1, D.2 … where D is their dimension’s number.',
      th: 'ภารกิจต้องมีเลข D.1, D.2 … โดย D คือเลขของมิติที่อยู่',
    },
    defaultLevel: 'warning',
    fixable: true,
    tags: ['numbering', 'structure'],
  },
  run({ plan }) {
    const problems: Problem[] = [];
    plan.dimensions.forEach((d, i) => {
      // The dimension's position, not its written number, so that fixing both converges.
      const dim = i + 1;
      d.missions.forEach((m, j) => {
        if (m.dimensionNumber === dim && m.number === j + 1) return;
        const expected = `${dim}.${j + 1}`;
        const written = textAt(plan, m.numberRange);
        const actual = `${m.dimensionNumber ?? '?'}.${m.number ?? '?'}`;
        problems.push({
          range: m.numberRange,
          message: { key: 'mission-numbering.wrong', args: { actual, expected } },
          data: {
            expected,
            actual,
            fixes: [
              {
                title: { key: 'mission-numbering.fix', args: { expected } },
                edits: [{ range: m.numberRange, newText: digitsLike(expected, written) }],
              },
            ],
          },
        });
      });
    });
    return problems;
  },
};
