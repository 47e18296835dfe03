// The language service core: text → parse → model → checks → findings. No LSP or file system inside.
import { parsePlan } from './parse/index.js';
import { buildIndex, type PlanIndex } from './model/index.js';
import { defaultRequiredSections } from './model/required-sections.js';
import { checks } from './checks/index.js';
import type { Level, MessageRef, ProblemData, Related } from './checks/types.js';
import type { Plan, Range, RequiredSection } from './model/types.js';

/** Settings that the editor or CLI passes in; front matter can override some per plan. */
export interface Settings {
  /** Required sections and their aliases. */
  requiredSections: RequiredSection[];
  /** Level per check id; a check not listed uses its default level. */
  levels: Record<string, Level>;
}

/** The settings used when nothing is configured. */
export const defaultSettings: Settings = { requiredSections: defaultRequiredSections, levels: {} };

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

/** A file is a plan when its name ends in `.plan.md` or its front matter says `type: plan`. */
export function isPlanDocument(fileName: string, text: string): boolean {
  if (/\.plan\.md$/i.test(fileName)) return true;
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
    const level = settings.levels[check.meta.id] ?? check.meta.defaultLevel;
    if (level === 'off') continue;
    for (const p of check.run({ plan, index, options })) {
      findings.push({ checkId: check.meta.id, level, docsUrl: check.meta.docsUrl, ...p });
    }
  }
  findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  return { plan, index, findings };
}
