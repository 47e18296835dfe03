// How a plan numbers its projects: 1, 2, 3 … through the whole plan (the national template), or
// starting again at 1 in each dimension or each mission, as some offices do. Decided from the plan.
import type { Plan, Project, TableRow } from './types.js';

/** Where project numbers start again at 1: nowhere (`plan`), in each dimension, or in each mission. */
export type Numbering = 'plan' | 'dimension' | 'mission';

/** The group a project's number counts in, under a numbering (the plan, a dimension, a mission). */
function groupOf(p: Project, numbering: Numbering): string {
  if (numbering === 'plan') return '';
  if (numbering === 'dimension') return `${p.dimensionIndex}`;
  return `${p.dimensionIndex}.${p.missionIndex}`;
}

/** Each project's position in its group (1-based), under a numbering. */
export function positions(
  projects: readonly Project[],
  numbering: Numbering,
): Map<Project, number> {
  const next = new Map<string, number>();
  const out = new Map<Project, number>();
  for (const p of projects) {
    const g = groupOf(p, numbering);
    const n = (next.get(g) ?? 0) + 1;
    next.set(g, n);
    out.set(p, n);
  }
  return out;
}

/** How many projects are numbered by their position under a numbering. */
function agreeing(projects: readonly Project[], numbering: Numbering): number {
  let n = 0;
  for (const [p, at] of positions(projects, numbering)) if (p.number === at) n++;
  return n;
}

/** How many groups with projects a numbering has. */
function groups(projects: readonly Project[], numbering: Numbering): number {
  return new Set(projects.map((p) => groupOf(p, numbering))).size;
}

/**
 * The numbering the plan follows: the one under which most projects carry their position's number.
 * The plan-wide numbering wins ties; a restart is chosen only when it starts again at least once and
 * more than half the projects follow it, so a few wrong numbers never switch the scheme.
 */
export function detectNumbering(plan: Plan): Numbering {
  const projects = plan.projects;
  let best: Numbering = 'plan';
  let most = agreeing(projects, 'plan');
  for (const n of ['dimension', 'mission'] as const) {
    if (groups(projects, n) < 2) continue;
    const count = agreeing(projects, n);
    if (count > most && count * 2 > projects.length) {
      best = n;
      most = count;
    }
  }
  return best;
}

/** The key a project is found by from a table row: its number, within its group when numbers restart. */
export function projectNumberKey(plan: Plan, p: Project, numbering: Numbering): string | undefined {
  if (p.number === null) return undefined;
  if (numbering === 'plan') return String(p.number);
  const dim = plan.dimensions[p.dimensionIndex];
  if (!dim || dim.number === null) return undefined;
  if (numbering === 'dimension') return `${dim.number}/${p.number}`;
  const mission = dim.missions[p.missionIndex];
  if (!mission || mission.number === null) return undefined;
  return `${dim.number}.${mission.number}/${p.number}`;
}

/** The same key for a table row, from its number and the groups the table puts it in. */
export function rowNumberKey(row: TableRow, numbering: Numbering): string | undefined {
  if (row.number === null) return undefined;
  if (numbering === 'plan') return String(row.number);
  const dim = row.dimension?.number ?? row.mission?.dimensionNumber;
  if (dim === null || dim === undefined) return undefined;
  if (numbering === 'dimension') return `${dim}/${row.number}`;
  const mission = row.mission?.number;
  if (mission === null || mission === undefined) return undefined;
  return `${dim}.${mission}/${row.number}`;
}
