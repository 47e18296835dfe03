// Stamps each fix edit with the lines it touches, so that a quick fix built later from diagnostic data
// can tell whether the document still reads as the check saw it (stale data is never applied).
import type { Range } from '../model/types.js';
import type { Edit, ProblemData } from './types.js';

/** The whole lines a range touches, joined with `\n` (what `Edit.oldLines` holds). */
export function linesOf(lines: readonly string[], range: Range): string {
  return lines.slice(range.start.line, range.end.line + 1).join('\n');
}

/** Sets `oldLines` on every edit of every fix of the given problems, from the document's lines. */
export function stampOldLines(lines: readonly string[], problems: { data?: ProblemData }[]): void {
  for (const p of problems) {
    for (const fix of p.data?.fixes ?? []) {
      fix.edits = fix.edits.map((e): Edit => ({ ...e, oldLines: linesOf(lines, e.range) }));
    }
  }
}
