// table-order: many summary-table rows name other projects than their numbers' — the table lists the
// projects in another order than the details. One problem with the mapping and one fix, not one per row.
import type { RowMatch } from '../model/index.js';
import type { Edit, Check, Problem, Related } from './types.js';
import { baseNameKey, projectKey } from '../model/names.js';
import type { Plan, Project, Range, SummaryTable, TableRow } from '../model/types.js';
import { numberAndNameEdits } from './row-fixes.js';
import { numberOf, short } from './util.js';
import { movedFrom } from '../model/moved.js';
import { shiftRange } from '../model/line-range.js';

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
    const parts = rows.map((m) => partOf(plan, m));
    // The same parts as last time for this table (an edit elsewhere in a project): the same problem
    // object, so that the engine keeps its finding and diagnostic (on the 10× plan it relates 410 rows).
    const last = built.get(table);
    if (last && sameParts(rows, parts, last.parts)) return [last.problem];
    const pairs = rows
      .slice(0, NAMED_PAIRS)
      .map((m) => `${m.row.number ?? '?'} → ${m.project ? numberOf(m.project) : '?'}`)
      .join(', ');
    // Each row takes the number of the project it names, and its name where it is written otherwise.
    const edits = parts.flatMap((q) => q.edits);
    const problem: Problem = {
      range: table.headerRange,
      message: {
        key: 'table-order.reordered',
        args: { count: rows.length, pairs: rows.length > NAMED_PAIRS ? `${pairs}, …` : pairs },
      },
      related: parts.map((q) => q.related),
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
    built.set(table, { parts, problem });
    return [problem];
  },
};

/** What one reordered row adds to the problem: its related entry and the edits of its fix. */
interface RowPart {
  related: Related;
  edits: Edit[];
}

/**
 * Each row's part with the project it was built for, and the last problem built per table. A part
 * reads only its row (a row object is never mutated, and its line's text comes with it) and the
 * project the row names, so it holds for any match of that row and project: after the rows were
 * matched again (a project renamed), a row still naming the same project keeps its part. Both maps
 * forget what the plan no longer holds.
 */
const partOfRow = new WeakMap<TableRow, { project: Project | undefined; part: RowPart }>();
const built = new WeakMap<SummaryTable, { parts: RowPart[]; problem: Problem }>();

/** The part built for this row and project, if any. */
function knownPart(m: RowMatch): RowPart | undefined {
  const known = partOfRow.get(m.row);
  return known && known.project === m.project ? known.part : undefined;
}

function partOf(plan: Plan, m: RowMatch): RowPart {
  const known = knownPart(m);
  if (known) return known;
  const part = movedPart(m) ?? newPart(plan, m);
  partOfRow.set(m.row, { project: m.project, part });
  return part;
}

/** The part of a row match read afresh: its related entry, and the edits that renumber the row. */
function newPart(plan: Plan, m: RowMatch): RowPart {
  const edits =
    m.project && m.project.number !== null
      ? numberAndNameEdits(plan, m.row, m.project, sameName)
      : [];
  return { related: related(m), edits };
}

/**
 * Whether `parts` read as `last` did. A part built again (its project was parsed again) that reads the
 * same is swapped for the old one, so that the next comparison is by identity.
 */
function sameParts(rows: RowMatch[], parts: RowPart[], last: RowPart[]): boolean {
  if (parts.length !== last.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const now = parts[i] as RowPart;
    const was = last[i] as RowPart;
    if (now === was) continue;
    if (!samePart(now, was)) return false;
    parts[i] = was;
    const m = rows[i] as RowMatch;
    partOfRow.set(m.row, { project: m.project, part: was });
  }
  return true;
}

function samePart(a: RowPart, b: RowPart): boolean {
  const x = a.related.message.args ?? {};
  const y = b.related.message.args ?? {};
  return (
    sameRange(a.related.range, b.related.range) &&
    Object.keys(x).length === Object.keys(y).length &&
    Object.keys(x).every((k) => x[k] === y[k]) &&
    a.edits.length === b.edits.length &&
    a.edits.every((e, i) => {
      const f = b.edits[i] as Edit;
      return e.newText === f.newText && sameRange(e.range, f.range);
    })
  );
}

const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

/**
 * The part of the match that `m` is a moved copy of (its projects only moved by lines: the same names
 * and numbers). Everything in a part is on the row's line, so it moves with the row, if the row moved.
 */
function movedPart(m: RowMatch): RowPart | undefined {
  const origin = movedFrom(m);
  const part = origin && knownPart(origin);
  if (!origin || !part) return undefined;
  const delta = m.row.range.start.line - origin.row.range.start.line;
  if (delta === 0) return part;
  return {
    related: { ...part.related, range: shiftRange(part.related.range, delta) },
    edits: part.edits.map((e) => ({ ...e, range: shiftRange(e.range, delta) })),
  };
}

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
