// The language service core: text → parse → model → checks → findings. No LSP or file system inside.
import { parsePlan } from './parse/index.js';
import { clearBlockCache } from './parse/markdown.js';
import { clearNormalizeMemo } from './parse/thai.js';
import { clearDistanceMemo } from './model/names.js';
import { clearFingerprints } from './checks/duplicate-project.js';
import { buildIndex, type PlanIndex } from './model/index.js';
import { defaultRequiredSections } from './model/required-sections.js';
import { checks } from './checks/index.js';
import { DEFAULT_PLAN_FILES, matchesPlanFiles } from './plan-files.js';
import type { Level, MessageRef, ProblemData, Related } from './checks/types.js';
import type { Plan, Range, RequiredSection } from './model/types.js';
import { withoutSuppressed } from './model/suppressions.js';
import { stampOldLines } from './checks/old-lines.js';

/** Settings that the editor or CLI passes in; front matter can override some per plan. */
export interface Settings {
  /** Required sections and their aliases. */
  requiredSections: RequiredSection[];
  /** Level per check id; a check not listed uses its default level. */
  levels: Record<string, Level>;
  /** Glob patterns of plan file names (default: names ending in `.plan.md`); `type: plan` counts whatever the name. */
  planFiles?: readonly string[];
}

/** The settings used when nothing is configured. */
export const defaultSettings: Settings = {
  requiredSections: defaultRequiredSections,
  levels: {},
  planFiles: DEFAULT_PLAN_FILES,
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
}

/** A file is a plan when its name matches the plan-file patterns (default `*.plan.md`) or its front matter says `type: plan`. */
export function isPlanDocument(
  fileName: string,
  text: string,
  planFiles: readonly string[] = DEFAULT_PLAN_FILES,
): boolean {
  if (matchesPlanFiles(fileName, planFiles)) return true;
  const head = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return !!head && /^type:[ \t]*["']?plan["']?[ \t]*(?:#.*)?$/m.test(head[1] ?? '');
}

/** Parses and checks a plan. Never throws for any input text. */
export function analyze(text: string, settings: Settings = defaultSettings): Analysis {
  const plan = parsePlan(text, settings.requiredSections);
  const index = buildIndex(plan);
  const options = {
    requiredSections: plan.frontMatter.requiredSections ?? settings.requiredSections,
  };
  const findings: Finding[] = [];
  for (const check of checks) {
    // A plan's front matter (`plancheck: checks:`) overrides the settings, check by check.
    const level =
      plan.frontMatter.checkLevels?.[check.meta.id] ??
      settings.levels[check.meta.id] ??
      check.meta.defaultLevel;
    if (level === 'off') continue;
    for (const p of check.run({ plan, index, options })) {
      findings.push({ checkId: check.meta.id, level, docsUrl: check.meta.docsUrl, ...p });
    }
  }
  findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const kept = withoutSuppressed(plan, findings);
  stampOldLines(plan.lines, kept);
  return { plan, index, findings: kept };
}

/** Empties every content-keyed cache (parsed blocks, memoised results), for cold-start benchmarks. */
export function resetCaches(): void {
  clearBlockCache();
  clearNormalizeMemo();
  clearDistanceMemo();
  clearFingerprints();
}
