// Moving a problem by a number of lines, for problems reused after lines were inserted or deleted above them.
import { shiftRange } from '../parse/moved.js';
import type { Problem, ProblemData } from './types.js';

export { shiftRange };

/** Fix edits moved with their problem (their recorded old lines still hold). */
function shiftData(data: ProblemData, delta: number): ProblemData {
  if (!data.fixes) return data;
  return {
    ...data,
    fixes: data.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, range: shiftRange(e.range, delta) })),
    })),
  };
}

/** A copy of the problem `delta` lines further down: its range, related ranges and fix edits. */
export function shiftProblem(p: Problem, delta: number): Problem {
  return {
    ...p,
    range: shiftRange(p.range, delta),
    ...(p.related
      ? { related: p.related.map((r) => ({ ...r, range: shiftRange(r.range, delta) })) }
      : {}),
    ...(p.data ? { data: shiftData(p.data, delta) } : {}),
  };
}
