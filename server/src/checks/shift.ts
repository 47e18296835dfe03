// Moving a problem by a number of lines, for problems reused after lines were inserted or deleted above them.
import { shiftRange } from '../model/moved.js';
import type { Edit, Fix, Problem, ProblemData, Related } from './types.js';
import type { Range } from '../model/types.js';
import type { LineDiff } from '../parse/reuse.js';

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

/**
 * Where a range of the previous version is in the new one: the same in the shared prefix, `delta`
 * lines further in the shared tail; undefined when it touches the edited lines.
 */
function mapRange(range: Range, diff: LineDiff): Range | undefined {
  if (range.end.line < diff.prefix) return range;
  if (range.start.line >= diff.lineCount - diff.delta - diff.suffix)
    return diff.delta ? shiftRange(range, diff.delta) : range;
  return undefined;
}

/**
 * The problem as it reads after an edit that left its lines alone: the same object when nothing in it
 * moved, a moved copy otherwise (range, related ranges, fix edits); undefined when any of them touches
 * the edited lines, so that it must be found again.
 */
export function moveProblem(p: Problem, diff: LineDiff): Problem | undefined {
  const range = mapRange(p.range, diff);
  if (!range) return undefined;
  let changed = range !== p.range;
  let related: Related[] | undefined;
  if (p.related) {
    related = [];
    for (const r of p.related) {
      const moved = mapRange(r.range, diff);
      if (!moved) return undefined;
      changed ||= moved !== r.range;
      related.push(moved === r.range ? r : { ...r, range: moved });
    }
  }
  let data = p.data;
  if (data?.fixes) {
    const fixes: Fix[] = [];
    for (const fix of data.fixes) {
      const edits: Edit[] = [];
      for (const e of fix.edits) {
        const moved = mapRange(e.range, diff);
        if (!moved) return undefined;
        changed ||= moved !== e.range;
        edits.push(moved === e.range ? e : { ...e, range: moved });
      }
      fixes.push({ ...fix, edits });
    }
    data = { ...data, fixes };
  }
  if (!changed) return p;
  return { ...p, range, ...(related ? { related } : {}), ...(data ? { data } : {}) };
}
