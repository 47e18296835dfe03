// table-row-without-project: a summary-table row whose name matches no project section at all.
import type { Check, Problem } from './types.js';
import { numberOf, short } from './util.js';
import { rowFixes } from './row-fixes.js';

/** Reports project rows that stand for no project section (neither by number nor by name). */
export const check: Check = {
  meta: {
    id: 'table-row-without-project',
    description: {
      en: 'A summary-table row names a project that has no section in the plan’s details.',
      th: 'แถวในตารางสรุปมีชื่อโครงการที่ไม่มีรายละเอียดโครงการอยู่ในแผน',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['table'],
  },
  run({ plan, index }) {
    const problems: Problem[] = [];
    // A table with no details at all is one problem (plan-parts), not one per row.
    if (plan.projects.length === 0) return problems;
    for (const m of index.rowMatches) {
      if (m.project) continue;
      const row = m.row;
      const numbered = m.byNumber;
      problems.push({
        range: row.nameRange ?? row.projectCell?.range ?? row.range,
        // When a project has the row's number, its name was changed or the row names another project.
        message: numbered
          ? {
              key: 'table-row-without-project.numbered-differs',
              args: {
                row: row.number ?? '?',
                name: short(row.name),
                numbered: short(numbered.name),
              },
            }
          : {
              key: 'table-row-without-project.no-section',
              args: { row: row.number ?? '?', name: short(row.name) },
            },
        ...(numbered
          ? {
              related: [
                {
                  range: numbered.heading.textRange,
                  message: {
                    key: 'table-row-without-project.related-numbered',
                    args: { project: numberOf(numbered), name: short(numbered.name) },
                  },
                },
              ],
            }
          : {}),
        // When a project has the row's number: update the row from it, or rename it after the row.
        data: { actual: row.name, ...(numbered ? { fixes: rowFixes(plan, m) } : {}) },
      });
    }
    return problems;
  },
};
