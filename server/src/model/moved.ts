// Model objects moved by an edit: when lines are inserted or deleted above an unchanged part of a plan,
// its headings and projects are copied with their line numbers shifted instead of being parsed again,
// and each copy remembers the object it came from so that caches and check results follow it.
import type { Budget, BudgetIssue, Heading, Project, Range, Section } from './types.js';
import { LineHeading } from './heading.js';
import { shiftRange } from './line-range.js';
import { PlanSection } from './section.js';

// New object → the previous version's object it is a moved copy of, for the analysis under way only:
// every move is recorded and looked up within one `withMoves` call, and forgotten after it. (A plain
// map for one edit's moves costs the garbage collector far less than a WeakMap that outlives edits.)
let moves: Map<object, object> | undefined;
/** Which `withMoves` call is under way (a moved heading keeps its origin itself, for that call). */
let run = 0;

/** Runs `fn` with a record of moves of its own (or inside the one already under way). */
export function withMoves<T>(fn: () => T): T {
  if (moves) return fn();
  moves = new Map();
  run++;
  try {
    return fn();
  } finally {
    moves = undefined;
  }
}

/** The previous version's object that `moved` is a copy of (moved by lines), if it is one. */
export function movedFrom<T extends object>(moved: T): T | undefined {
  if (!moves) return undefined;
  const own = moved instanceof LineHeading ? moved.movedFromIn(run) : undefined;
  return (own ?? moves.get(moved)) as T | undefined;
}

/** True when `now` is `old`, or a copy of it moved by lines in the analysis under way. */
export function isOrMovedFrom<T extends object>(now: T, old: T | undefined): boolean {
  return now === old || (old !== undefined && movedFrom(now) === old);
}

/** Records that `copy` is `original` moved to other lines (same content, same meaning). */
export function recordMove<T extends object>(copy: T, original: T): T {
  if (copy !== original) moves?.set(copy, original);
  return copy;
}

/** A heading `delta` lines further down. */
export function shiftHeading(h: Heading, delta: number): Heading {
  if (h instanceof LineHeading) return h.movedBy(delta, run);
  const moved = {
    level: h.level,
    line: h.line + delta,
    text: h.text,
    range: shiftRange(h.range, delta),
    textRange: shiftRange(h.textRange, delta),
  };
  return recordMove(moved, h);
}

function shiftIssue(issue: BudgetIssue, delta: number): BudgetIssue {
  return { ...issue, range: shiftRange(issue.range, delta) };
}

/** A budget `delta` lines further down (its amounts are by year: the same map). */
function shiftBudget(b: Budget, delta: number): Budget {
  return {
    ...b,
    ...(b.range ? { range: shiftRange(b.range, delta) } : {}),
    issues: b.issues.map((i) => shiftIssue(i, delta)),
  };
}

/**
 * A project `delta` lines further down. `headingAt` gives the new version's heading object for one of
 * the old version's headings, asked in line order (a section title written as a paragraph has none:
 * its copy is made here).
 */
export function shiftProject(
  p: Project,
  delta: number,
  headingAt: (old: Heading) => Heading | undefined,
): Project {
  const heading = (h: Heading): Heading => headingAt(h) ?? shiftHeading(h, delta);
  // In line order: the project's heading, then its sections'.
  const own = heading(p.heading);
  const sections: Section[] = p.sections.map((s) =>
    s instanceof PlanSection
      ? s.movedBy(delta, heading(s.heading))
      : { ...s, heading: heading(s.heading), contentRange: shiftRange(s.contentRange, delta) },
  );
  return recordMove(
    {
      ...p,
      numberRange: shiftRange(p.numberRange, delta),
      nameRange: shiftRange(p.nameRange, delta),
      heading: own,
      sections,
      budget: shiftBudget(p.budget, delta),
      range: shiftRange(p.range, delta),
    },
    p,
  );
}

/**
 * A copy of a plain data structure (objects, arrays, maps) with every `line` number mapped by `map`;
 * a part in which no line changes is the same object, and an object shared in it stays shared in the
 * copy (`memo`, one per analysis step). Every copy is recorded as a move of its original. For model
 * parts with many kinds of positions inside (a summary table's rows, cells and groups).
 */
export function shiftedLines<T>(
  value: T,
  map: (line: number) => number,
  memo: Map<object, unknown>,
): T {
  if (typeof value !== 'object' || value === null) return value;
  // Positions and ranges, most of the objects, are copied as they are met: no memo, no record.
  const leaf = value as Partial<Range> & Partial<Range['start']>;
  if (typeof leaf.line === 'number' && typeof leaf.character === 'number') {
    const line = map(leaf.line);
    return (line === leaf.line ? value : { line, character: leaf.character }) as T;
  }
  if (leaf.start && leaf.end && Object.keys(value).length === 2) {
    const start = shiftedLines(leaf.start, map, memo);
    const end = shiftedLines(leaf.end, map, memo);
    return (start === leaf.start && end === leaf.end ? value : { start, end }) as T;
  }
  const known = memo.get(value);
  if (known !== undefined) return known as T;
  let out: unknown = value;
  if (Array.isArray(value)) {
    const items = value.map((v: unknown) => shiftedLines(v, map, memo));
    if (items.some((v, i) => v !== value[i])) out = items;
  } else if (value instanceof Map) {
    const entries = [...(value as Map<unknown, unknown>)].map(([k, v]): [unknown, unknown] => [
      k,
      shiftedLines(v, map, memo),
    ]);
    if (entries.some(([k, v]) => v !== value.get(k))) out = new Map(entries);
  } else {
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(record)) {
      const v = record[key];
      const next = key === 'line' && typeof v === 'number' ? map(v) : shiftedLines(v, map, memo);
      if (next !== v) {
        copy ??= { ...record };
        copy[key] = next;
      }
    }
    if (copy) out = copy;
  }
  if (out !== value) recordMove(out as object, value);
  memo.set(value, out);
  return out as T;
}
