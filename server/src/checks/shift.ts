// Moving a problem by a number of lines, for problems reused after lines were inserted or deleted above them.
import { shiftRange } from '../model/line-range.js';
import type { Edit, Fix, Problem, Related } from './types.js';
import type { Range } from '../model/types.js';
import type { LineDiff } from '../parse/reuse.js';

/**
 * The problem with every range in it (its own, related ranges, fix edits) replaced by `map`: the same
 * object when `map` changed none of them, undefined when `map` gave undefined for one of them.
 */
function mapProblem(p: Problem, map: (range: Range) => Range | undefined): Problem | undefined {
  const range = map(p.range);
  if (!range) return undefined;
  let changed = range !== p.range;
  let related: Related[] | undefined;
  if (p.related) {
    related = [];
    for (const r of p.related) {
      const moved = map(r.range);
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
        const moved = map(e.range);
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

/** A copy of the problem `delta` lines further down: its range, related ranges and fix edits. */
export function shiftProblem(p: Problem, delta: number): Problem {
  return mapProblem(p, (r) => shiftRange(r, delta)) as Problem;
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
  return mapProblem(p, (r) => mapRange(r, diff));
}
