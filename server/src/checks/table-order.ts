// table-order: many summary-table rows name other projects than their numbers' — the table lists the
// projects in another order than the details. One problem with the mapping and one fix, not one per row.
import type { RowMatch } from '../model/index.js';
import type { Edit, Check, Problem, Related } from './types.js';
import { baseNameKey, projectKey } from '../model/names.js';
import type { Project, TableRow } from '../model/types.js';
import { numberAndNameEdits } from './row-fixes.js';
import { numberOf, short } from './util.js';

/** A row's name is its project's when they compare the same (spacing, quotes and notes aside). */
const sameName = (row: TableRow, p: Project): boolean => baseNameKey(row.name) === projectKey(p);

/** How many pairs the message itself names; every row is in the related information. */
const NAMED_PAIRS = 4;

/** Reports, once, a table whose rows follow another numbering than the details. */
export const check: Check = {
  meta: {
    id: 'table-order',
    description: {
      en: 'Many summary-table rows name another project than the one of their number: the table lists the projects in another order than the details.',
      th: 'แถวในตารางสรุปหลายแถวมีชื่อเป็นโครงการอื่นที่ไม่ใช่โครงการเลขเดียวกัน (ตารางเรียงโครงการไม่ตรงกับรายละเอียดโครงการ)',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['table', 'numbering'],
  },
  run({ plan, index }) {
    const rows = index.reordered;
    const table = plan.table;
    if (rows.length === 0 || !table) return [];
    const pairs = rows
      .slice(0, NAMED_PAIRS)
      .map((m) => `${m.row.number ?? '?'} → ${m.project ? numberOf(m.project) : '?'}`)
      .join(', ');
    // Each row takes the number of the project it names, and its name where it is written otherwise.
    const edits: Edit[] = rows.flatMap((m) =>
      m.project && m.project.number !== null
        ? numberAndNameEdits(plan, m.row, m.project, sameName)
        : [],
    );
    const problem: Problem = {
      range: table.headerRange,
      message: {
        key: 'table-order.reordered',
        args: { count: rows.length, pairs: rows.length > NAMED_PAIRS ? `${pairs}, …` : pairs },
      },
      related: rows.map(related),
      data: {
        expected: rows.map((m) => m.project?.number ?? '?').join(','),
        actual: rows.map((m) => m.row.number ?? '?').join(','),
        ...(edits.length
          ? {
              fixes: [{ title: { key: 'table-order.fix', args: { count: rows.length } }, edits }],
            }
          : {}),
      },
    };
    return [problem];
  },
};

/** A related entry for one row: which project of the details it names. */
function related(m: RowMatch): Related {
  const p = m.project;
  return {
    range: m.row.nameRange ?? m.row.projectCell?.range ?? m.row.range,
    message: {
      key: 'table-order.related-row',
      args: {
        row: m.row.number ?? '?',
        project: p ? numberOf(p) : '?',
        name: short(p?.name ?? m.row.name),
      },
    },
  };
}
