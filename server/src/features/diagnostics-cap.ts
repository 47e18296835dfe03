// How many diagnostics a document reports. VS Code shows at most 1,000 problems of one document from
// one language server, errors first, and drops the rest; so the server sends no more than that (or the
// plancheck.maxNumberOfProblems setting, as lsp-sample calls it), chosen the same way, with one last
// diagnostic that says how many are not shown and how to see them. A plan with 3,930 problems (the
// 50× bench plan) then costs a report of 1,000, not 4 MB of JSON that the editor would throw away.
import type { Finding } from '../engine.js';

/** The default limit: what VS Code itself shows of one document's problems from one source. */
export const DEFAULT_MAX_PROBLEMS = 1000;

/** The `code` of the diagnostic that says problems were left out. */
export const CAPPED_CODE = 'too-many-problems';

/** Where that diagnostic's code links to: the setting, in the settings page. */
export const CAPPED_DOCS = 'https://github.com/plancheck/plancheck/blob/main/docs/settings.md';

/** Levels in the order they are kept when not all fit. */
const KEPT_FIRST: readonly Finding['level'][] = ['error', 'warning', 'hint'];

/** The findings reported, and how many there are in all. */
export interface Capped {
  shown: readonly Finding[];
  total: number;
}

/**
 * At most `max` − 1 findings when there are more than `max` (the last place is for the notice):
 * every error first, then warnings, then hints, each in the order found. `findings` itself when all fit.
 */
export function capFindings(findings: readonly Finding[], max: number): Capped {
  const total = findings.length;
  if (total <= max) return { shown: findings, total };
  const counts: Record<Finding['level'], number> = { error: 0, warning: 0, hint: 0 };
  for (const f of findings) counts[f.level]++;
  const room: Record<Finding['level'], number> = { error: 0, warning: 0, hint: 0 };
  let left = Math.max(0, max - 1);
  for (const level of KEPT_FIRST) {
    room[level] = Math.min(counts[level], left);
    left -= room[level];
  }
  const shown: Finding[] = [];
  for (const f of findings) {
    if (room[f.level] === 0) continue;
    room[f.level]--;
    shown.push(f);
  }
  return { shown, total };
}
