// A range within one line: what headings and table cells are, made only when someone reads it.
import type { Range } from './types.js';

/** The range from character `from` to `to` of line `line`. */
export function lineRange(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}
