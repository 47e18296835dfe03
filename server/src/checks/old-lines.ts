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
        edits: fix.edits
          .filter((e) => textIn(lines, e.range) !== e.newText)
          .map((e): Edit => ({ ...e, oldLines: linesOf(lines, e.range) })),
      }))
      .filter((fix) => fix.edits.length > 0);
  }
}
