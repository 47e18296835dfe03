// Figures derived once from a parsed plan, shared by all checks: table↔project matching and sums.
// (Stub: the checks work fills this in.)
import type { Plan } from './types.js';

/** Derived figures for a plan, computed once per analysis. */
export type PlanIndex = Record<string, never>;

/** Builds the index for a plan. */
export function buildIndex(_plan: Plan): PlanIndex {
  return {};
}
