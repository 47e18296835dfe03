// Stamps each fix edit with the lines it touches, so that a quick fix built later from diagnostic data
// can tell whether the document still reads as the check saw it (stale data is never applied).
import type { Range } from '../model/types.js';
import type { Edit, ProblemData } from './types.js';

/** The whole lines a range touches, joined with `\n` (what `Edit.oldLines` holds). */
export function linesOf(lines: readonly string[], range: Range): string {
  return lines.slice(range.start.line, range.end.line + 1).join('\n');
}

/** The exact text a range covers. */
function textIn(lines: readonly string[], range: Range): string {
  const { start, end } = range;
  if (start.line === end.line)
    return (lines[start.line] ?? '').slice(start.character, end.character);
  return [
    (lines[start.line] ?? '').slice(start.character),
    ...lines.slice(start.line + 1, end.line),
    (lines[end.line] ?? '').slice(0, end.character),
  ].join('\n');
}

/**
 * Each one-line edit stamped, with the line it was stamped from (null: it writes what is there). A
 * check that keeps its edits (a table's, row by row) builds a new problem around them when another row
 * changes: the edits whose line reads the same keep their stamp (1,950 edits of the 50× plan's
 * `table-order` fix at every table edit).
 */
const stamps = new WeakMap<Edit, { line: string; stamped: Edit | null }>();

/** The edit with its `oldLines`, or null when it would write what is already there. */
function stamp(lines: readonly string[], e: Edit): Edit | null {
  const oneLine = e.range.start.line === e.range.end.line;
  const line = lines[e.range.start.line];
  const known = oneLine && line !== undefined ? stamps.get(e) : undefined;
  if (known && known.line === line) return known.stamped;
  const stamped =
    textIn(lines, e.range) === e.newText ? null : { ...e, oldLines: linesOf(lines, e.range) };
  if (oneLine && line !== undefined) stamps.set(e, { line, stamped });
  return stamped;
}

/**
 * Sets `oldLines` on every edit of every fix of the given problems, from the document's lines.
 * Edits that would write what is already there are dropped, and so is a fix left with no edit:
 * applying it would change nothing, and fix-all would offer it forever.
 */
export function stampOldLines(lines: readonly string[], problems: { data?: ProblemData }[]): void {
  for (const p of problems) {
    const data = p.data;
    if (!data?.fixes) continue;
    data.fixes = data.fixes
      .map((fix) => ({
        ...fix,
        edits: fix.edits.map((e) => stamp(lines, e)).filter((e): e is Edit => e !== null),
      }))
      .filter((fix) => fix.edits.length > 0);
  }
}
