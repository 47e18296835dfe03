// The edits that insert a new project at the end of the cursor's dimension: the project with every
// required section, its summary-table row (before the dimension's รวม), the counts, and one step up
// for the numbers of the projects (and rows) after it, so numbering stays 1..N in order.
import type { Edit } from '../checks/types.js';
import type { Dimension, Plan, Position, Range, RequiredSection } from '../model/types.js';
import { arabicToThaiDigits, hasThaiDigits } from '../parse/thai.js';
import { NEW_PROJECT } from './examples.js';
import { projectLines } from './project.js';

/** The edits, where the new name ends up (to select it), and the new project's number. */
export interface ProjectInsertion {
  edits: Edit[];
  /** The new project's name in the edited text. */
  selection: Range;
  number: number;
}

/** Plans the insertion; null when the cursor is in no dimension (nor on a table row of one). */
export function insertProject(
  plan: Plan,
  position: Position,
  required: RequiredSection[],
): ProjectInsertion | null {
  const dim = dimensionAt(plan, position);
  if (!dim) return null;
  const after = lastLineOf(plan, dim);
  const ref = dim.projects.at(-1) ?? plan.projects.at(-1);
  const projectLevel = Math.min(
    ref?.heading.level ?? dim.heading.level + (dim.missions.length > 0 ? 2 : 1),
    5,
  );
  const sectionLevel = Math.min(ref?.sections[0]?.heading.level ?? projectLevel + 1, 6);
  const before = plan.projects.filter((p) => p.heading.line <= after && p.number !== null);
  const number = Math.max(0, ...before.map((p) => p.number ?? 0)) + 1;
  const thai = !!ref && hasThaiDigits(textAt(plan, ref.numberRange));
  const digits = (n: number): string => (thai ? arabicToThaiDigits(String(n)) : String(n));

  const edits: Edit[] = [];
  for (const p of plan.projects) {
    if (p.heading.line > after && p.number !== null && p.number >= number)
      edits.push(bump(plan, p.numberRange, p.number));
  }
  const lines = projectLines(NEW_PROJECT, required, {
    number: digits(number),
    projectLevel,
    sectionLevel,
  });
  const nextIsHeading = plan.lineKinds.get(after + 1) === 'heading';
  edits.push({
    range: endOfLine(plan, after),
    newText: `\n\n${lines.join('\n')}${nextIsHeading ? '\n' : ''}`,
  });
  const rowLine = tableEdits(plan, dim, number, digits, edits);
  const headingLine = after + 2 + (rowLine !== null && rowLine <= after ? 1 : 0);
  const nameStart = projectLevel + 1 + digits(number).length + 2;
  return {
    edits,
    selection: {
      start: { line: headingLine, character: nameStart },
      end: { line: headingLine, character: nameStart + NEW_PROJECT.name.length },
    },
    number,
  };
}

/** The dimension of a table row under the cursor, else the last dimension heading at or above it. */
function dimensionAt(plan: Plan, position: Position): Dimension | undefined {
  const row = plan.table?.rows.find((r) => r.line === position.line);
  const rowDim = row?.dimension?.number;
  if (rowDim !== undefined && rowDim !== null) {
    const byNumber = plan.dimensions.find((d) => d.number === rowDim);
    if (byNumber) return byNumber;
  }
  return plan.dimensions.filter((d) => d.heading.line <= position.line).at(-1);
}

/** The dimension's last non-blank line: before the next heading at its level or above. */
function lastLineOf(plan: Plan, dim: Dimension): number {
  const next = plan.headings.find((h) => h.line > dim.heading.line && h.level <= dim.heading.level);
  let line = (next?.line ?? plan.lines.length) - 1;
  while (line > dim.heading.line && plan.lineKinds.get(line) === 'blank') line--;
  return line;
}

/**
 * Adds the table row (after the dimension's last project row, or before รวมทั้งสิ้น when the
 * dimension has none), one more in the counts, and the renumbered rows; returns the new row's
 * anchor line, or null without a table.
 */
function tableEdits(
  plan: Plan,
  dim: Dimension,
  number: number,
  digits: (n: number) => string,
  edits: Edit[],
): number | null {
  const table = plan.table;
  if (!table) return null;
  for (const row of table.rows) {
    if (row.kind === 'project' && row.numberRange && row.number !== null && row.number >= number)
      edits.push(bump(plan, row.numberRange, row.number));
  }
  const own = table.rows.filter((r) => r.kind === 'project' && r.dimension?.number === dim.number);
  const last = own.at(-1);
  const grand = table.rows.find((r) => r.kind === 'grand-total');
  const anchor = last ?? table.rows.filter((r) => r.line < (grand?.line ?? Infinity)).at(-1);
  if (!anchor) return null;
  const cells = anchor.cells.map(() => '');
  const { columns } = table;
  cells[columns.project] = `${digits(number)}. ${NEW_PROJECT.name}`;
  for (const y of columns.years) cells[y.index] = '0';
  if (columns.total !== undefined) cells[columns.total] = '0';
  if (!last && columns.dimension !== undefined)
    cells[columns.dimension] = `มิติที่ ${dim.number ?? ''} ${dim.title}`;
  edits.push({ range: endOfLine(plan, anchor.line), newText: `\n| ${cells.join(' | ')} |` });
  const subtotal = last && table.rows.find((r) => r.line > last.line && r.kind !== 'project');
  for (const total of [subtotal?.kind === 'subtotal' ? subtotal : undefined, grand])
    if (total?.count) edits.push(bump(plan, total.count.range, total.count.value));
  return anchor.line;
}

/** Replaces the number at `range` with the next one, in the digits it is written in. */
function bump(plan: Plan, range: Range, value: number): Edit {
  const next = String(value + 1);
  return {
    range,
    newText: hasThaiDigits(textAt(plan, range)) ? arabicToThaiDigits(next) : next,
  };
}

function textAt(plan: Plan, range: Range): string {
  if (range.start.line !== range.end.line) return '';
  return (plan.lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
}

function endOfLine(plan: Plan, line: number): Range {
  const at = { line, character: (plan.lines[line] ?? '').length };
  return { start: at, end: at };
}
