// duplicate-section: the same section appears twice in one project (counting aliases as the same).
import type { Section } from '../model/types.js';
import type { Check, Problem } from './types.js';
import { numberOf } from './util.js';

/** Reports the later of two sections of one project that mean the same heading. */
export const check: Check = {
  meta: {
    id: 'duplicate-section',
    description: {
      en: 'A project has the same section twice (an alias counts as the same section).',
      th: 'โครงการมีหัวข้อเดียวกันซ้ำสองครั้ง (ชื่อหัวข้อแบบอื่นนับเป็นหัวข้อเดียวกัน)',
    },
    defaultLevel: 'warning',
    fixable: false,
    tags: ['structure'],
    scope: 'project',
  },
  run({ plan, projects }) {
    const problems: Problem[] = [];
    for (const p of projects ?? plan.projects) {
      const seen = new Map<string, Section>();
      for (const s of p.sections) {
        const key = s.canonical ?? s.normTitle.replace(/[:：\s]/g, '');
        const first = seen.get(key);
        if (!first) {
          seen.set(key, s);
          continue;
        }
        problems.push({
          range: s.heading.textRange,
          message: {
            key: 'duplicate-section.twice',
            args: { section: s.title, project: numberOf(p), first: first.title },
          },
          related: [
            {
              range: first.heading.textRange,
              message: { key: 'duplicate-section.related-first', args: { section: first.title } },
            },
          ],
          data: { expected: s.canonical ?? s.title, actual: s.title },
        });
      }
    }
    return problems;
  },
};
