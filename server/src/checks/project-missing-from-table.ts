// project-missing-from-table: a project section that no row of the summary table lists.
import type { Check, Problem } from './types.js';
import { numberOf, short } from './util.js';

/** Reports projects that no table row stands for (only when the plan has a summary table). */
export const check: Check = {
  meta: {
    id: 'project-missing-from-table',
    description: {
      en: 'A project has a section in the details but no row in the summary table.',
      th: 'มีรายละเอียดโครงการ แต่ไม่มีแถวของโครงการนี้ในตารางสรุป',
    },
    defaultLevel: 'error',
    fixable: false,
    tags: ['table'],
  },
  run({ plan, index }) {
    const table = plan.table;
    if (!table) return [];
    const problems: Problem[] = [];
    for (const p of plan.projects) {
      if (index.projectsInTable.has(p)) continue;
      problems.push({
        range: p.nameRange,
        message: {
          key: 'project-missing-from-table.no-row',
          args: { project: numberOf(p), name: short(p.name) },
        },
        related: [
          {
            range: table.headerRange,
            message: { key: 'project-missing-from-table.related-table' },
          },
        ],
        data: { expected: p.number ?? p.name },
      });
    }
    return problems;
  },
};
