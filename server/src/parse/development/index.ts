// Reads a development plan: the ยุทธศาสตร์ and แผนงาน headings of the ผ.02 part, in document order
// with the tables: each ผ.02 table belongs to the แผนงาน heading above it; the ผ.01 table (or tables,
// when split at a page break) is the summary.
import type { Heading } from '../../model/types.js';
import type {
  DevelopmentPlan,
  DevProgramme,
  DevProject,
  DevSummary,
} from '../../model/development.js';
import type { Profile } from '../../profiles/types.js';
import type { FoundTable } from '../table.js';
import { readProgramme, readStrategy, titleKey } from './labels.js';
import { readProjectList } from './project-list.js';
import { readSummary } from './summary.js';

/** What the development reader needs from the parse. */
export interface DevelopmentSource {
  profile: Profile;
  lines: readonly string[];
  headings: readonly Heading[];
  tables: readonly FoundTable[];
  /** The front matter's years (empty when not given). */
  years: readonly number[];
}

/** Reads the development plan's strategies, programmes, project rows and summary. Never throws. */
export function readDevelopment(src: DevelopmentSource): DevelopmentPlan {
  const { profile, lines } = src;
  const plan: DevelopmentPlan = {
    strategies: [],
    programmes: [],
    projects: [],
    orphans: [],
    years: [...src.years],
  };
  let summary: DevSummary | undefined;
  let programme: DevProgramme | undefined;
  let h = 0;
  const headingsUntil = (line: number): void => {
    for (; h < src.headings.length && (src.headings[h] as Heading).line < line; h++) {
      const heading = src.headings[h] as Heading;
      const s = readStrategy(profile, heading.text);
      if (s) {
        plan.strategies.push({
          number: s.number,
          title: s.title,
          normTitle: titleKey(profile, s.title),
          heading,
          programmes: [],
        });
        programme = undefined;
        continue;
      }
      const p = readProgramme(profile, heading.text);
      if (p) {
        const strategyIndex = plan.strategies.length - 1;
        programme = {
          strategyNumber: p.strategyNumber ?? plan.strategies[strategyIndex]?.number ?? null,
          number: p.number,
          title: p.title,
          normTitle: titleKey(profile, p.title),
          heading,
          strategyIndex,
          tables: [],
          projects: [],
        };
        plan.strategies[strategyIndex]?.programmes.push(plan.programmes.length);
        plan.programmes.push(programme);
      }
    }
  };
  for (const found of src.tables) {
    headingsUntil(found.startLine);
    const read = readSummary(profile, found, lines, summary);
    if (read) {
      summary = read;
      continue;
    }
    const list = readProjectList(profile, found, lines);
    if (!list) continue;
    const owner = programme;
    const programmeIndex = owner ? plan.programmes.indexOf(owner) : -1;
    if (owner) owner.tables.push(list.table);
    for (const row of list.projects) {
      const project: DevProject = {
        ...row,
        strategyIndex: owner?.strategyIndex ?? plan.strategies.length - 1,
        programmeIndex,
      };
      if (owner) {
        const first = owner.projects.find((p) => p.normName !== '' && p.normName === row.normName);
        if (first) project.repeats = first;
        owner.projects.push(project);
      } else plan.orphans.push(project);
      plan.projects.push(project);
    }
  }
  headingsUntil(lines.length);
  keepListGroups(plan, profile);
  if (summary) {
    plan.summary = summary;
    if (plan.years.length === 0) plan.years = [...summary.years];
  }
  if (plan.years.length === 0) {
    const ys = new Set(plan.projects.flatMap((p) => [...p.amounts.keys()]));
    plan.years = [...ys].sort((a, b) => a - b);
  }
  return plan;
}

/**
 * Keeps only the ยุทธศาสตร์ and แผนงาน headings of the ผ.02 part: a แผนงาน heading with a project list,
 * or named with the level's word (`แผนงาน…`); a ยุทธศาสตร์ heading with such a แผนงาน. Headings such as
 * `1.1 ที่ตั้งและอาณาเขต` or the strategy chapter's `ยุทธศาสตร์ที่ 1 …` are the plan's prose.
 */
function keepListGroups(plan: DevelopmentPlan, profile: Profile): void {
  const word = new RegExp(`^(?:${profile.levels.subgroup.words.join('|')})`, 'iu');
  const keptProgrammes = plan.programmes.filter((p) => p.tables.length > 0 || word.test(p.title));
  const keptStrategies = plan.strategies.filter((s) =>
    s.programmes.some((k) => keptProgrammes.includes(plan.programmes[k] as DevProgramme)),
  );
  if (
    keptProgrammes.length === plan.programmes.length &&
    keptStrategies.length === plan.strategies.length
  )
    return;
  const oldStrategies = plan.strategies;
  const oldProgrammes = plan.programmes;
  const strategyIndex = (i: number): number => {
    const s = oldStrategies[i];
    return s ? keptStrategies.indexOf(s) : -1;
  };
  for (const s of keptStrategies)
    s.programmes = s.programmes
      .map((k) => keptProgrammes.indexOf(oldProgrammes[k] as DevProgramme))
      .filter((k) => k >= 0);
  for (const p of keptProgrammes) p.strategyIndex = strategyIndex(p.strategyIndex);
  for (const r of plan.projects) {
    r.strategyIndex = strategyIndex(r.strategyIndex);
    const owner = oldProgrammes[r.programmeIndex];
    r.programmeIndex = owner ? keptProgrammes.indexOf(owner) : -1;
  }
  plan.strategies = keptStrategies;
  plan.programmes = keptProgrammes;
}
