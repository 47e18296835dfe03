// empty-section: a project section heading with nothing written under it.
import type { Check, Problem } from './types.js';
import { numberOf } from './util.js';

/** Reports each empty section of a project, on its heading. */
export const check: Check = {
  meta: {
    id: 'empty-section',
    description: {
      en: 'A project section has a heading but no text under it.',
      th: 'หัวข้อในรายละเอียดโครงการมีแต่หัวข้อ ไม่มีเนื้อหา',
    },
    defaultLevel: 'warning',
    fixable: false,
    tags: ['structure'],
    scope: 'project',
  },
  run({ plan, projects }) {
    const problems: Problem[] = [];
    for (const p of projects ?? plan.projects) {
      for (const s of p.sections) {
        if (!s.empty) continue;
        problems.push({
          range: s.heading.textRange,
          message: { key: 'empty-section.empty', args: { section: s.title, project: numberOf(p) } },
          data: { actual: s.title },
        });
      }
    }
    return problems;
  },
};
