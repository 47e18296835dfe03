// table-project-mismatch: a summary-table row disagrees with the project section of the same number.
import type { RowMatch } from '../model/index.js';
import type { Plan, Project, Range } from '../model/types.js';
import type { Check, Problem, Related } from './types.js';
import { numberOf, short, textAt } from './util.js';
import { lineRange } from '../model/line-range.js';
import { rowFixes } from './row-fixes.js';
import { baseNameKey, nameDifference, nameKey, projectKey, similarity } from '../model/names.js';

/** A mission cell names the project's own mission from this title similarity on (as table-mission). */
const SAME_MISSION = 0.8;

/** Reports rows whose name, dimension or mission disagrees with the project of their number. */
export const check: Check = {
  meta: {
    id: 'table-project-mismatch',
    description: {
      en: 'A summary-table row’s name, dimension or mission disagrees with the project section of that number.',
      th: 'ชื่อ มิติ หรือภารกิจในแถวของตารางสรุป ไม่ตรงกับรายละเอียดโครงการเลขเดียวกัน',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['table'],
    scope: 'row',
  },
  // Dimension and mission numbers decide the group problems.
  // Dimension and mission numbers decide the group problems; rows the table-order check reports
  // together are not reported one by one.
  contextKey: ({ plan, index }) =>
    plan.dimensions
      .map((d) => `${d.number}:${d.missions.map((m) => `${m.dimensionNumber}.${m.number}`).join()}`)
      .join(';') + `|${index.reordered.map((m) => m.row.line).join()}`,
  run({ plan, index, rows }) {
    const problems: Problem[] = [];
    const together = reorderedSet(index.reordered);
    for (const m of rows ?? index.rowMatches) {
      if (together.has(m)) continue;
      const p = nameProblem(plan, m) ?? groupProblem(plan, m);
      if (p) problems.push(p);
    }
    return problems;
  },
};

// The rows table-order reports together, as a set made once per index (this check runs once per row).
const sets = new WeakMap<readonly RowMatch[], ReadonlySet<RowMatch>>();

function reorderedSet(rows: readonly RowMatch[]): ReadonlySet<RowMatch> {
  let set = sets.get(rows);
  if (!set) {
    set = new Set(rows);
    sets.set(rows, set);
  }
  return set;
}

/** Where the row's name is written. */
function nameRange(m: RowMatch): Range {
  return m.row.nameRange ?? m.row.projectCell?.range ?? m.row.range;
}

/** A related entry pointing at a project heading. */
function at(p: Project, key: 'project-of-number' | 'reads-like'): Related {
  return {
    range: p.heading.textRange,
    message: {
      key: `table-project-mismatch.related-${key}`,
      args: { project: numberOf(p), name: short(p.name) },
    },
  };
}

/** The row names another project than its number's, or carries a stray note. */
function nameProblem(plan: Plan, m: RowMatch): Problem | undefined {
  const { row, byNumber, project } = m;
  const rowNo = row.number ?? '?';
  if (m.agrees && byNumber && m.note) return noteProblem(plan, m, byNumber);
  // Close enough to be the same project, but not written the same: every difference is reported.
  if (m.agrees && byNumber && baseNameKey(row.name) !== projectKey(byNumber))
    return differsProblem(plan, m, byNumber);
  if (m.agrees || !project) return undefined; // no project at all: table-row-without-project
  if (project === byNumber) return differsProblem(plan, m, project);
  const related = [
    ...(byNumber ? [at(byNumber, 'project-of-number')] : []),
    at(project, 'reads-like'),
  ];
  return {
    range: nameRange(m),
    message: {
      key: byNumber
        ? 'table-project-mismatch.reads-like'
        : row.number === null
          ? 'table-project-mismatch.unnumbered'
          : 'table-project-mismatch.no-number',
      args: {
        row: rowNo,
        rowName: short(row.name),
        project: numberOf(project),
        name: short(project.name),
        numbered: byNumber ? short(byNumber.name) : '',
      },
    },
    related,
    data: { expected: project.number ?? project.name, actual: rowNo, fixes: rowFixes(plan, m) },
  };
}

/** The row's name is close to its own project's but not the same: show where they differ. */
function differsProblem(plan: Plan, m: RowMatch, project: Project): Problem {
  const diff = nameDifference(m.row.name, project.name);
  return {
    range: nameRange(m),
    message: {
      key: 'table-project-mismatch.name-differs',
      args: { row: m.row.number ?? '?', inTable: diff.a, inDetails: diff.b },
    },
    related: [at(project, 'project-of-number')],
    data: { expected: project.name, actual: m.row.name, fixes: rowFixes(plan, m) },
  };
}

/** The row matches its project but has a note such as `(ไม่ตรง)` in its name. */
function noteProblem(plan: Plan, m: RowMatch, project: Project): Problem {
  const range = nameRange(m);
  const text = textAt(plan, range);
  const note = m.note ?? '';
  const at0 = text.lastIndexOf(note);
  const from = at0 >= 0 ? text.slice(0, at0).trimEnd().length : text.length;
  const noteRange = lineRange(
    range.start.line,
    range.start.character + from,
    range.start.character + (at0 >= 0 ? at0 + note.length : text.length),
  );
  return {
    range,
    message: { key: 'table-project-mismatch.note', args: { row: m.row.number ?? '?', note } },
    related: [at(project, 'project-of-number')],
    data: {
      expected: project.name,
      actual: m.row.name,
      fixes: [
        {
          title: { key: 'table-project-mismatch.fix-note', args: { note } },
          edits: [{ range: noteRange, newText: '' }],
        },
      ],
    },
  };
}

/** The row's dimension or mission differs from its project's. */
function groupProblem(plan: Plan, m: RowMatch): Problem | undefined {
  const { row, byNumber: p } = m;
  if (!m.agrees || !p) return undefined;
  const dim = plan.dimensions[p.dimensionIndex];
  const rowDim = row.dimension?.number;
  if (
    dim &&
    dim.number !== null &&
    rowDim !== undefined &&
    rowDim !== null &&
    rowDim !== dim.number
  ) {
    return {
      range: nameRange(m),
      message: {
        key: 'table-project-mismatch.dimension',
        args: { row: row.number ?? '?', actual: rowDim, expected: dim.number },
      },
      related: [
        at(p, 'project-of-number'),
        ...(row.dimension ? [groupAt(row.dimension.cell.range)] : []),
      ],
      data: { expected: dim.number, actual: rowDim },
    };
  }
  const mission = dim?.missions[p.missionIndex];
  const rowMission = row.mission;
  if (!mission || mission.number === null || !rowMission || rowMission.number === null) return;
  const expected = `${mission.dimensionNumber ?? '?'}.${mission.number}`;
  const actual = `${rowMission.dimensionNumber ?? '?'}.${rowMission.number}`;
  if (expected === actual) return undefined;
  // The right mission under a wrong number is the mission cell's problem (table-mission), once.
  if (similarity(nameKey(rowMission.title), nameKey(mission.title)) >= SAME_MISSION)
    return undefined;
  return {
    range: nameRange(m),
    message: {
      key: 'table-project-mismatch.mission',
      args: { row: row.number ?? '?', actual, expected },
    },
    related: [at(p, 'project-of-number'), groupAt(rowMission.cell.range)],
    data: { expected, actual },
  };
}

/** A related entry pointing at the table cell that opened the row's group. */
function groupAt(range: Range): Related {
  return { range, message: { key: 'table-project-mismatch.related-group' } };
}
