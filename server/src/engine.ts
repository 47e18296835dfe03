// The language service core: text → parse → model → checks → findings. No LSP or file system inside.
import { parsePlanState, type ParseState } from './parse/index.js';
import { clearBlockCache } from './parse/markdown.js';
import { findFrontMatter } from './parse/lines.js';
import { clearNormalizeMemo } from './parse/thai.js';
import { clearNameMemos } from './model/names.js';
import { clearFingerprints } from './checks/duplicate-index.js';
import { buildIndex, type PlanIndex } from './model/index.js';
import { defaultRequiredSections } from './model/required-sections.js';
import { checks, type RegisteredCheck } from './checks/index.js';
import { dirtyLines, runCheck, type CheckMemos } from './checks/runner.js';
import { DEFAULT_PLAN_FILES, matchesPlanFiles } from './plan-files.js';
import type { Level, MessageRef, Problem, ProblemData, Related } from './checks/types.js';
import type { Plan, Range, RequiredSection } from './model/types.js';
import { profileOfType } from './profiles/index.js';
import { withoutSuppressed } from './model/suppressions.js';
import { stampOldLines } from './checks/old-lines.js';
import { withMoves } from './model/moved.js';

/** Settings that the editor or CLI passes in; front matter can override some per plan. */
export interface Settings {
  /** Required sections and their aliases. */
  requiredSections: RequiredSection[];
  /** Level per check id; a check not listed uses its default level. */
  levels: Record<string, Level>;
  /** Glob patterns of plan file names (default: names ending in `.plan.md`); `type: plan` counts whatever the name. */
  planFiles?: readonly string[];
  /** The language of messages: `auto` (the plan's own language, see i18n/plan-language.ts), `th` or `en`. */
  language?: 'auto' | 'th' | 'en';
  /** Editors only: the most diagnostics sent for one document (features/diagnostics-cap.ts); 1,000 when unset. */
  maxNumberOfProblems?: number;
}

/** The profiles of a check that does not name its own. */
const ANTI_CORRUPTION_ONLY = ['anti-corruption'] as const;

/** The settings used when nothing is configured. */
export const defaultSettings: Settings = {
  requiredSections: defaultRequiredSections,
  levels: {},
  planFiles: DEFAULT_PLAN_FILES,
  language: 'auto',
};

/** A problem with the check that found it, its level and its doc page. */
export interface Finding {
  checkId: string;
  level: Exclude<Level, 'off'>;
  range: Range;
  message: MessageRef;
  related?: Related[];
  data?: ProblemData;
  docsUrl: string;
}

/** Everything known about one document after a check. */
export interface Analysis {
  plan: Plan;
  index: PlanIndex;
  findings: Finding[];
  /** What the analysis of the next version can reuse (see `analyze`). */
  reuse: { settings: Settings; parse: ParseState; memos: CheckMemos };
}

/** A file is a plan when its name matches the plan-file patterns (default `*.plan.md`) or its front matter says `type: plan` (or names a kind of plan, `type: แผนพัฒนาท้องถิ่น`). */
export function isPlanDocument(
  fileName: string,
  text: string | readonly string[],
  planFiles: readonly string[] = DEFAULT_PLAN_FILES,
): boolean {
  if (matchesPlanFiles(fileName, planFiles)) return true;
  if (typeof text !== 'string') {
    // From lines: only the front matter block is joined (the line scan's own test finds it).
    const fm = findFrontMatter(text);
    return isPlanDocument(fileName, fm ? text.slice(0, fm.endLine).join('\n') : '', []);
  }
  const head = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  const type = /^type:[ \t]*["']?([^"'#\n]*?)["']?[ \t]*(?:#.*)?$/m.exec(head?.[1] ?? '')?.[1];
  return type !== undefined && (type.trim() === 'plan' || profileOfType(type) !== undefined);
}

// A problem reused from the previous version keeps its finding (and so its diagnostic), already stamped.
const findingCache = new WeakMap<Problem, Finding>();
const stamped = new WeakSet<Finding>();

/** The finding for a check's problem: the same object as last time when the problem is. */
function findingOf(check: RegisteredCheck, level: Finding['level'], p: Problem): Finding {
  const known = findingCache.get(p);
  if (known && known.level === level && known.checkId === check.meta.id) return known;
  const finding: Finding = { checkId: check.meta.id, level, docsUrl: check.meta.docsUrl, ...p };
  findingCache.set(p, finding);
  return finding;
}

/**
 * Parses and checks a plan. Never throws for any input text. Given the lines of a new version and the
 * analysis of the previous one, it reuses whatever the edit left alone; the result is the same as from
 * scratch (test/incremental/ checks that).
 */
export function analyze(
  text: string | string[],
  settings: Settings = defaultSettings,
  previous?: Analysis,
): Analysis {
  return withMoves(() => analyzeMoving(text, settings, previous));
}

function analyzeMoving(text: string | string[], settings: Settings, previous?: Analysis): Analysis {
  const before = previous?.reuse.settings === settings ? previous.reuse : undefined;
  const parse = parsePlanState(text, settings.requiredSections, before?.parse);
  const plan = parse.plan;
  const prev =
    before && parse.diff
      ? { plan: before.parse.plan, memos: before.memos, diff: parse.diff }
      : undefined;
  const dirty = prev ? dirtyLines(prev.plan, plan, prev.diff) : undefined;
  const memos: CheckMemos = new Map();
  const index = buildIndex(
    plan,
    before && previous ? { plan: before.parse.plan, index: previous.index } : undefined,
  );
  const options = {
    requiredSections: plan.frontMatter.requiredSections ?? settings.requiredSections,
  };
  const findings: Finding[] = [];
  const profile = plan.profile?.id ?? 'anti-corruption';
  for (const check of checks) {
    if (!(check.meta.profiles ?? ANTI_CORRUPTION_ONLY).includes(profile)) continue;
    // A plan's front matter (`plancheck: checks:`) overrides the settings, check by check.
    const level =
      plan.frontMatter.checkLevels?.[check.meta.id] ??
      settings.levels[check.meta.id] ??
      check.meta.defaultLevel;
    if (level === 'off') continue;
    for (const p of runCheck(check, { plan, index, options }, memos, prev, dirty)) {
      findings.push(findingOf(check, level, p));
    }
  }
  findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const kept = withoutSuppressed(plan, findings);
  const fresh = kept.filter((f) => !stamped.has(f));
  stampOldLines(plan.lines, fresh);
  for (const f of fresh) stamped.add(f);
  return { plan, index, findings: kept, reuse: { settings, parse, memos } };
}

/** Empties every content-keyed cache (parsed blocks, memoised results), for cold-start benchmarks. */
export function resetCaches(): void {
  clearBlockCache();
  clearNormalizeMemo();
  clearNameMemos();
  clearFingerprints();
}
