// table-order: many summary-table rows name other projects than their numbers' — the table lists the
// projects in another order than the details. One problem with the mapping and one fix, not one per row.
import type { RowMatch } from '../model/index.js';
import type { Edit, Check, Problem, Related } from './types.js';
import { digitsLike, numberOf, short, textAt } from './util.js';

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
    const edits: Edit[] = [];
    for (const m of rows) {
      const to = m.project?.number;
      if (!m.row.numberRange || to === null || to === undefined) continue;
      edits.push({
        range: m.row.numberRange,
        newText: digitsLike(to, textAt(plan, m.row.numberRange)),
      });
    }
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
              fixes: [{ title: { key: 'table-order.fix', args: { count: edits.length } }, edits }],
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
