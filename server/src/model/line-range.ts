// Ranges built from line numbers: one within a line (a heading's, a table cell's, a finding's on
// one line), and any range moved by a number of lines.
import type { Range } from './types.js';

/** The range from character `from` to `to` of line `line`. */
export function lineRange(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

/** The range of the span `[from, to]` of line `line` (a cell's or a match's, as the parsers find them). */
export function spanRange(line: number, [from, to]: readonly [number, number]): Range {
  return lineRange(line, from, to);
}

/** The range `delta` lines further down (up when negative). */
export function shiftRange(range: Range, delta: number): Range {
  return {
    start: { line: range.start.line + delta, character: range.start.character },
    end: { line: range.end.line + delta, character: range.end.character },
  };
}
