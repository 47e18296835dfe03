// "Renumber all projects": dimensions, missions and projects numbered in document order, with the
// summary table's numbers and every `โครงการที่ N` reference in the text following their project.
import type { Edit } from '../../checks/types.js';
import { digitsLike, proseLines, textAt } from '../../checks/util.js';
import { lineRange } from '../../model/line-range.js';
import type { PlanIndex } from '../../model/index.js';
import { positions } from '../../model/numbering.js';
import type { Cell, Plan, Project, Range } from '../../model/types.js';
import { readInteger } from '../../parse/thai.js';

const D = '[0-9\\u0E50-\\u0E59]+';
/** The number at the start of a dimension cell (`1.…`, `มิติ 2 …`, `มิติที่ ๓ …`). */
const DIMENSION_CELL = new RegExp(`^([*_\\s]*(?:(?:มิติ|ยุทธศาสตร์)(?:ที่)?\\s*)?)(${D})`, 'u');
/** The `D.M` at the start of a mission cell. */
const MISSION_CELL = new RegExp(`^([*_\\s]*(?:(?:ภารกิจ|แผนงาน)(?:ที่)?\\s*)?)(${D}\\.${D})`, 'u');
/** A reference to a project by number in the text. */
const REFERENCE = new RegExp(`(?:โครงการ|กิจกรรม|มาตรการ)ที่\\s*(${D})(?![0-9\\u0E50-\\u0E59])`, 'gu');

/** The edits that renumber the whole plan in order; empty when every number is already right. */
export function renumberEdits(plan: Plan, index: PlanIndex): Edit[] {
  const edits: Edit[] = [];
  const put = (range: Range, value: string): void => {
    const written = textAt(plan, range);
    const text = digitsLike(value, written);
    if (text !== written) edits.push({ range, newText: text });
  };
  // New numbers, and the new number of each old one (the first item that was written with it).
  const dimensionOf = new Map<number, number>();
  const missionOf = new Map<string, string>();
  plan.dimensions.forEach((d, i) => {
    if (d.number !== null) {
      if (!dimensionOf.has(d.number)) dimensionOf.set(d.number, i + 1);
      put(d.numberRange, String(i + 1));
    }
    d.missions.forEach((m, j) => {
      const key = `${m.dimensionNumber}.${m.number}`;
      if (!missionOf.has(key)) missionOf.set(key, `${i + 1}.${j + 1}`);
      if (m.dimensionNumber !== null || m.number !== null) put(m.numberRange, `${i + 1}.${j + 1}`);
    });
  });
  // Numbers follow the plan's own scheme: through the plan, or again from 1 in each dimension or mission.
  const newNumber = positions(plan.projects, index.numbering);
  const projectOf = new Map<number, number>();
  // A `โครงการที่ N` in the text names one project only when numbers run through the whole plan.
  if (index.numbering === 'plan') {
    for (const [n, same] of index.projectsByNumber) {
      const first = same[0];
      if (first) projectOf.set(n, newNumber.get(first) ?? n);
    }
  }
  const headingNumbers = new Set<number>();
  for (const p of plan.projects) {
    if (p.number === null) continue;
    headingNumbers.add(p.numberRange.start.line);
    put(p.numberRange, String(newNumber.get(p)));
  }
  tableEdits(plan, index, { dimensionOf, missionOf, projectOf, newNumber }, put);
  for (const [line, text] of proseLines(plan)) {
    if (plan.lineKinds.get(line) === 'table' || headingNumbers.has(line) || !text.includes('ที่'))
      continue;
    for (const m of text.matchAll(REFERENCE)) {
      const old = readInteger(m[1] ?? '');
      const to = old === null ? undefined : projectOf.get(old);
      if (to === undefined) continue;
      const start = m.index + m[0].length - (m[1] ?? '').length;
      put(lineRange(line, start, start + (m[1] ?? '').length), String(to));
    }
  }
  return edits;
}

/** Where each old number goes. */
interface Renumbering {
  dimensionOf: Map<number, number>;
  missionOf: Map<string, string>;
  projectOf: Map<number, number>;
  newNumber: Map<Project, number>;
}

/** The summary table's project numbers (each row follows the project it stands for) and group cells. */
function tableEdits(
  plan: Plan,
  index: PlanIndex,
  r: Renumbering,
  put: (range: Range, value: string) => void,
): void {
  const groupCells = new Set<Cell>();
  for (const row of plan.table?.rows ?? []) {
    if (row.dimension) groupCells.add(row.dimension.cell);
    if (row.mission) groupCells.add(row.mission.cell);
    if (row.kind !== 'project' || !row.numberRange || row.number === null) continue;
    const project = index.matchOfRow.get(row)?.project;
    const to = project ? r.newNumber.get(project) : r.projectOf.get(row.number);
    if (to !== undefined) put(row.numberRange, String(to));
  }
  const columns = plan.table?.columns;
  for (const cell of groupCells) {
    const text = textAt(plan, cell.range);
    if (cell.index === columns?.dimension) {
      const m = DIMENSION_CELL.exec(text);
      const old = m ? readInteger(m[2] ?? '') : null;
      const to = old === null ? undefined : r.dimensionOf.get(old);
      if (m && to !== undefined) put(at(cell, m[1] ?? '', m[2] ?? ''), String(to));
    } else if (cell.index === columns?.mission) {
      const m = MISSION_CELL.exec(text);
      if (!m) continue;
      const [a, b] = (m[2] ?? '').split('.').map(readInteger);
      const to = r.missionOf.get(`${a}.${b}`);
      if (to !== undefined) put(at(cell, m[1] ?? '', m[2] ?? ''), to);
    }
  }
}

/** The range of `token` written after `lead` at the start of a cell. */
function at(cell: Cell, lead: string, token: string): Range {
  const start = cell.range.start.character + lead.length;
  return lineRange(cell.range.start.line, start, start + token.length);
}
