// dev-duplicate-project: a project written twice in one แผนงาน's ผ.02 list. The repeat is left out of
// the ผ.01 figures (it is the same project), so the only finding is this one, with a fix that deletes it.
import type { Check, Problem } from './types.js';
import { short } from './util.js';

/** Reports each row that repeats an earlier row's project in the same แผนงาน. */
export const check: Check = {
  meta: {
    id: 'dev-duplicate-project',
    description: {
      en: 'A project is listed twice in the same แผนงาน of ผ.02.',
      th: 'โครงการเดียวกันเขียนซ้ำสองครั้งในแผนงานเดียวกันของ ผ.02',
    },
    defaultLevel: 'warning',
    fixable: true,
    tags: ['structure', 'development'],
    profiles: ['development'],
  },
  run({ plan }) {
    const problems: Problem[] = [];
    for (const p of plan.development?.projects ?? []) {
      const first = p.repeats;
      if (!first) continue;
      problems.push({
        range: p.range,
        message: {
          key: 'dev-duplicate-project.repeat',
          args: { name: short(p.name), number: first.number ?? '?', line: first.line + 1 },
        },
        related: [{ range: first.range, message: { key: 'dev-duplicate-project.first' } }],
        data: {
          fixes: [
            {
              title: { key: 'dev-duplicate-project.fix' },
              edits: [
                {
                  range: {
                    start: { line: p.line, character: 0 },
                    end: { line: p.line + 1, character: 0 },
                  },
                  newText: '',
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
