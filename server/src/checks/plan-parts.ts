// plan-parts: the file has a summary table but no project details, or the reverse — a plan split into
// several files, or a part not written yet. One problem for the file, instead of one per row or project.
import type { Check, Problem } from './types.js';
import { lineRange } from '../model/line-range.js';

/** Reports a plan that lacks its summary table or its project details. */
export const check: Check = {
  meta: {
    id: 'plan-parts',
    description: {
      en: 'The plan has a summary table but no project details, or project details but no summary table (one part is missing, or is in another file).',
      th: 'แผนมีตารางสรุปแต่ไม่มีรายละเอียดโครงการ หรือมีรายละเอียดโครงการแต่ไม่มีตารางสรุป (ขาดไปส่วนหนึ่ง หรืออยู่ในไฟล์อื่น)',
    },
    defaultLevel: 'warning',
    fixable: false,
    tags: ['structure'],
  },
  run({ plan, index }) {
    const table = plan.table;
    const problems: Problem[] = [];
    if (table && plan.projects.length === 0) {
      problems.push({
        range: table.headerRange,
        message: { key: 'plan-parts.no-details', args: { rows: index.projectRows.length } },
      });
    } else if (!table && plan.projects.length > 0) {
      const first = plan.projects[0];
      problems.push({
        range: first ? first.heading.textRange : firstLine(plan.lines),
        message: { key: 'plan-parts.no-table', args: { projects: plan.projects.length } },
      });
    } else if (!table) {
      problems.push({ range: firstLine(plan.lines), message: { key: 'plan-parts.neither' } });
    }
    return problems;
  },
};

/** The first line of the text, where a problem of the whole file is shown. */
function firstLine(lines: string[]): Problem['range'] {
  return lineRange(0, 0, (lines[0] ?? '').length);
}
