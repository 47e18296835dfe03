// Runs one check. A scoped check (CheckMeta.scope) is re-run only where an edit reached: its other
// problems are the previous version's, moved when lines moved, so unchanged problems stay the same objects.
import type { Plan, Project } from '../model/types.js';
import type { RowMatch } from '../model/index.js';
import type { LineDiff } from '../parse/reuse.js';
import type { Check, CheckContext, Problem } from './types.js';
import { moveProblem, shiftProblem } from './shift.js';
import { movedFrom } from '../model/moved.js';

/** A project's problems, and the line after the project (text and kind) as it read then. */
interface ProjectMemo {
  problems: Problem[];
  after: string | undefined;
  kind?: string;
}

/**
 * What a scoped check found per item (project or row match): `hits[i]` is for `of[i]`. Arrays rather than
 * a map: most items of the next version are the same objects at the same places, found by one
 * comparison each (on the 50× plan a map cost 27,000 lookups and insertions per edit).
 */
interface ItemMemo<T, Hit> {
  of: readonly T[];
  hits: Hit[];
}

/** What one check's run leaves for the next version's. */
interface Memo {
  key: string;
  /** `line` scope: every problem, in line order. */
  problems?: Problem[];
  /** `project` scope: each project's problems and the line after the project as it read then. */
  projects?: ItemMemo<Project, ProjectMemo>;
  /** `row` scope: each row match's problems. */
  rows?: ItemMemo<RowMatch, Problem[]>;
}

/** How far from its expected place an item is looked for in the memo before it is taken as new. */
const NEAR = 8;

/**
 * The hit for item `item` at place `i` of the new version: the memo's item at the same place, or near
 * it (items added or removed above shift the places by as many, and the shift found is kept). An item
 * not found there is taken as new and checked again, which gives the same problems: the memo only
 * saves work. (A map of every item, made for the first item out of place, cost each project-scoped
 * check 2,500 insertions on the 50× plan at every edit, since the edited project itself is new.)
 */
function lookupIn<T extends object, Hit>(
  memo: ItemMemo<T, Hit> | undefined,
): (item: T, i: number) => Hit | undefined {
  if (!memo) return () => undefined;
  const { of, hits } = memo;
  let shift = 0;
  return (item, i) => {
    if (of[i + shift] === item) return hits[i + shift];
    // A moved copy is a new object, never in the memo: its origin is looked up (at the same place).
    if (movedFrom(item)) return undefined;
    for (let d = 1; d <= NEAR; d++) {
      for (const at of [i + shift + d, i + shift - d]) {
        if (of[at] !== item) continue;
        shift = at - i;
        return hits[at];
      }
    }
    return undefined;
  };
}

/** The memos of every check after a run, by check id. */
export type CheckMemos = Map<string, Memo>;

/** The previous version's plan and memos, and how its lines map to the new version's. */
export interface PreviousRun {
  plan: Plan;
  memos: CheckMemos;
  diff: LineDiff;
}

/** Lines whose text or kind changed: [from, to) in the new version, [from, to - delta) in the old one. */
export interface DirtyLines {
  from: number;
  to: number;
  delta: number;
}

/** Widens the edited lines to every line whose kind changed too (a fence or table opened or closed). */
export function dirtyLines(prev: Plan, plan: Plan, diff: LineDiff): DirtyLines {
  const old = prev.lineKinds;
  const now = plan.lineKinds;
  const tail = diff.lineCount - diff.suffix;
  // The same kinds array: no line changed kind, only the edited lines are dirty.
  if (old === now) return { from: diff.prefix, to: Math.max(diff.prefix, tail), delta: diff.delta };
  let from = diff.prefix;
  for (let i = 0; i < diff.prefix; i++) {
    if (old.get(i) !== now.get(i)) {
      from = i;
      break;
    }
  }
  let to = tail;
  for (let j = diff.lineCount - 1; j >= tail; j--) {
    if (old.get(j - diff.delta) !== now.get(j)) {
      to = j + 1;
      break;
    }
  }
  return { from, to: Math.max(from, to), delta: diff.delta };
}

/** Runs `check` over `ctx`, reusing what `prev` knows; records what the next run can reuse in `next`. */
export function runCheck(
  check: Check,
  ctx: CheckContext,
  next: CheckMemos,
  prev?: PreviousRun,
  dirty?: DirtyLines,
): Problem[] {
  const id = check.meta.id;
  const key = check.contextKey?.(ctx) ?? '';
  const old = prev?.memos.get(id);
  const same = old?.key === key ? old : undefined;
  switch (check.meta.scope) {
    case 'line': {
      const problems =
        same?.problems && dirty ? spliceLines(check, ctx, same.problems, dirty) : check.run(ctx);
      next.set(id, { key, problems });
      return problems;
    }
    case 'project': {
      // A memo per run that holds this version's projects only: a WeakMap kept across edits made
      // the garbage collector trace every project of every earlier version as an ephemeron.
      const was = lookupIn(same?.projects);
      const projects = ctx.plan.projects;
      const hits: ProjectMemo[] = [];
      const out: Problem[] = [];
      projects.forEach((p, i) => {
        const line = p.range.end.line + 1;
        const after = ctx.plan.lines[line];
        const kind = ctx.plan.lineKinds.get(line);
        let hit = was(p, i) ?? movedHit(was, p, i, prev?.diff);
        if (!hit || hit.after !== after || hit.kind !== kind) {
          hit = {
            problems: check.run({ ...ctx, projects: [p] }),
            after,
            ...(kind ? { kind } : {}),
          };
        }
        hits.push(hit);
        if (hit.problems.length > 0) out.push(...hit.problems);
      });
      next.set(id, { key, projects: { of: projects, hits } });
      return out;
    }
    case 'row': {
      // A row match stands for its row (kept only with its line, its columns and the groups open
      // above it) and its project: its problems hold in whatever table read it; a row moved by the
      // edit (lines inserted or deleted above it) keeps its problems, moved.
      const was = lookupIn(same?.rows);
      const matches = ctx.index.rowMatches;
      const hits: Problem[][] = [];
      const out: Problem[] = [];
      matches.forEach((m, i) => {
        const problems =
          was(m, i) ?? movedRow(was, m, i, prev?.diff) ?? check.run({ ...ctx, rows: [m] });
        hits.push(problems);
        if (problems.length > 0) out.push(...problems);
      });
      next.set(id, { key, rows: { of: matches, hits } });
      return out;
    }
    default:
      return check.run(ctx);
  }
}

/** The memo of the project that `p` is a moved copy of, its problems moved along (if they can be). */
function movedHit(
  memo: (p: Project, i: number) => ProjectMemo | undefined,
  p: Project,
  i: number,
  diff: LineDiff | undefined,
): ProjectMemo | undefined {
  const origin = movedFrom(p);
  const hit = origin && diff ? memo(origin, i) : undefined;
  const problems = hit && movedProblems(hit.problems, diff as LineDiff);
  return problems && (problems === hit.problems ? hit : { ...hit, problems });
}

/** The problems of the row match that `m` is a moved copy of, moved along (if they can be). */
function movedRow(
  memo: (m: RowMatch, i: number) => Problem[] | undefined,
  m: RowMatch,
  i: number,
  diff: LineDiff | undefined,
): Problem[] | undefined {
  const origin = movedFrom(m);
  const problems = origin && diff ? memo(origin, i) : undefined;
  return problems && movedProblems(problems, diff as LineDiff);
}

/** Every problem moved by the edit, or undefined when one of them touches the edited lines. */
function movedProblems(problems: Problem[], diff: LineDiff): Problem[] | undefined {
  // Most projects have no problem for most checks: nothing to move, nothing to allocate.
  if (problems.length === 0) return problems;
  const out: Problem[] = [];
  for (const p of problems) {
    const moved = moveProblem(p, diff);
    if (!moved) return undefined;
    out.push(moved);
  }
  return out;
}

/** A line-scoped check's problems: the old ones outside the dirty lines (moved), new ones inside. */
function spliceLines(
  check: Check,
  ctx: CheckContext,
  old: Problem[],
  dirty: DirtyLines,
): Problem[] {
  const oldTo = dirty.to - dirty.delta;
  const out = old.filter((p) => p.range.start.line < dirty.from);
  out.push(...check.run({ ...ctx, lines: { from: dirty.from, to: dirty.to } }));
  for (const p of old) {
    if (p.range.start.line >= oldTo) out.push(dirty.delta ? shiftProblem(p, dirty.delta) : p);
  }
  return out;
}
