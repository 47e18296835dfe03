// duplicate-project: the same project written twice (same name, or nearly the same text).
import type { Project } from '../model/types.js';
import type { Check, Problem } from './types.js';
import { numberOf, short } from './util.js';
import { findTwins, type TwinState } from './duplicate-index.js';
import { isOrMovedFrom } from '../model/moved.js';

/** Reports each project that repeats an earlier one, pointing at the first. */
export const check: Check = {
  meta: {
    id: 'duplicate-project',
    description: {
      en: 'Two project sections have the same name or nearly the same text.',
      th: 'มีรายละเอียดโครงการสองโครงการที่ชื่อเดียวกันหรือเนื้อหาเกือบเหมือนกัน',
    },
    defaultLevel: 'warning',
    fixable: false,
    tags: ['structure'],
  },
  run({ plan }) {
    const prev = closestState(plan.projects);
    const oldProblems = prev ? problemsOf.get(prev) : undefined;
    const oldProjects = prev?.projects ?? [];
    const oldTwins = prev?.twins ?? [];
    const state = findTwins(plan.projects, prev);
    remember(state, prev);
    const projects = plan.projects;
    const problems = state.twins.map((t, i) => {
      if (!t) return undefined;
      const p = projects[i] as Project;
      const twin = projects[t.index] as Project;
      const old = oldProblems?.[i];
      const was = oldTwins[i];
      if (old && was?.index === t.index && was.byName === t.byName) {
        if (oldProjects[i] === p && oldProjects[t.index] === twin) return old;
        // Both only moved by lines: the same problem (its messages too) at the new places.
        if (isOrMovedFrom(p, oldProjects[i]) && isOrMovedFrom(twin, oldProjects[t.index]))
          return moved(old, p, twin);
      }
      return problem(p, twin, t.byName);
    });
    problemsOf.set(state, problems);
    return problems.filter((p): p is Problem => p !== undefined);
  },
};

/** The problem of a project and its twin that only moved: their new ranges, the same messages. */
function moved(old: Problem, p: Project, twin: Project): Problem {
  return {
    ...old,
    range: p.nameRange,
    ...(old.related
      ? { related: old.related.map((r) => ({ ...r, range: twin.heading.textRange })) }
      : {}),
  };
}

/** Project i repeats `twin`. */
function problem(p: Project, twin: Project, byName: boolean): Problem {
  return {
    range: p.nameRange,
    message: {
      key: byName ? 'duplicate-project.same-name' : 'duplicate-project.same-text',
      args: { project: numberOf(p), first: numberOf(twin), name: short(twin.name) },
    },
    related: [
      {
        range: twin.heading.textRange,
        message: { key: 'duplicate-project.related-first', args: { project: numberOf(twin) } },
      },
    ],
    data: { expected: twin.number ?? twin.name, actual: p.number ?? p.name },
  };
}

// The twin states of the last few plans checked (one per open document, typically), newest first.
const states: TwinState[] = [];
const STATES_KEPT = 8;
const problemsOf = new WeakMap<TwinState, (Problem | undefined)[]>();

/** The kept state sharing the most project objects with `projects` (the same document's last version). */
function closestState(projects: Project[]): TwinState | undefined {
  let best: TwinState | undefined;
  let bestShared = 0;
  for (const s of states) {
    if (s.spent || s.projects.length !== projects.length) continue;
    let shared = 0;
    for (let i = 0; i < projects.length; i++) {
      const p = projects[i] as Project;
      if (isOrMovedFrom(p, s.projects[i])) shared++;
    }
    if (shared > bestShared) {
      best = s;
      bestShared = shared;
    }
  }
  return best;
}

/** Keeps `state` in place of the one it was made from. */
function remember(state: TwinState, from: TwinState | undefined): void {
  const at = from ? states.indexOf(from) : -1;
  if (at >= 0) states.splice(at, 1);
  states.unshift(state);
  if (states.length > STATES_KEPT) states.pop();
}
