// Entry point of the parser: text → line scan → Markdown blocks → plan model. Never throws. Given the
// previous version's parse, it reuses whatever the edit left alone (see reuse.ts) and gives the same plan.
import type { FrontMatter, Heading, Plan, Project, RequiredSection } from '../model/types.js';
import { BUDGET_SECTION, defaultRequiredSections } from '../model/required-sections.js';
import { readBudget } from './budget.js';
import { blockAsts, markTables, tablesAt } from './blocks.js';
import { parseFrontMatter } from './front-matter.js';
import { rescanLines, scanLines, type Block, type LineScan, type RawHeading } from './lines.js';
import { normalizeThai } from './thai.js';
import type { BlockAst } from './markdown.js';
import { buildStructure, type Structure } from './structure.js';
import { summaryTable, withTableYears, type TableRead } from './summary-read.js';
import type { FoundTable } from './table.js';
import { diffLines, movedIntact, oldLine, type LineDiff } from './reuse.js';
import { shiftHeading, withMoves } from '../model/moved.js';
import { LineHeading } from '../model/heading.js';
import { choosePlanProfile, profileById } from '../profiles/index.js';
import { readDevelopment } from './development/index.js';

/** A parse with what the next version's parse can reuse. */
export interface ParseState {
  plan: Plan;
  scan: LineScan;
  /** The parse of each block of `scan.blocks`, in the same order. */
  asts: BlockAst[];
  /** The front matter as read, before years were taken from the table. */
  frontMatter: FrontMatter;
  required: RequiredSection[];
  /** Every table found, in order (the objects stay the same while their block stays put). */
  tables: FoundTable[];
  /** How the lines moved since the previous parse, when it was given. */
  diff?: LineDiff;
  /** Each table tried as the summary table (null: it is not one), by its first line. */
  summaries: Map<number, TableRead>;
}

/** Parses a plan. Unreadable parts become model fields that checks report; it never throws. */
export function parsePlan(
  text: string | string[],
  requiredSections: RequiredSection[] = defaultRequiredSections,
): Plan {
  return parsePlanState(text, requiredSections).plan;
}

/** The front matter: the previous reading when its lines were left alone (it is never changed in place). */
function frontMatterOf(scan: LineScan, prev?: ParseState, diff?: LineDiff): FrontMatter {
  const end = scan.frontMatter?.endLine ?? 1;
  if (prev && diff && diff.prefix >= end) return prev.frontMatter;
  return parseFrontMatter(scan.lines, scan.frontMatter);
}

/** A test of whether a line lies inside one of the projects (they are in line order). */
function insideProject(projects: Project[]): (line: number) => boolean {
  return (line) => {
    let lo = 0;
    let hi = projects.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((projects[mid] as Project).range.end.line < line) lo = mid + 1;
      else hi = mid;
    }
    const p = projects[lo];
    return !!p && p.range.start.line <= line && line <= p.range.end.line;
  };
}

/**
 * The plan's headings. One on a line the edit left alone is the previous object, or a moved copy of
 * it; when all are the previous objects, so is the list.
 */
function headingsOf(
  scan: LineScan,
  astOf: (k: number) => BlockAst | undefined,
  prevHeadings: readonly Heading[] = [],
  diff?: LineDiff,
): Heading[] {
  const { lines } = scan;
  let p = 0;
  const headingAt = (k: number): Heading => {
    const h = scan.headings[k] as RawHeading;
    const text = astOf(k)?.heading ?? lines[h.line]?.slice(h.textStart, h.textEnd) ?? '';
    const was = diff ? oldLine(diff, h.line) : -1;
    if (was >= 0) {
      while (p < prevHeadings.length && (prevHeadings[p] as Heading).line < was) p++;
      const old = prevHeadings[p];
      if (old && old.line === was && old.text === text && old.level === h.level)
        return was === h.line ? old : shiftHeading(old, h.line - was);
    }
    const end = (lines[h.line] ?? '').length;
    return new LineHeading(h.level, text, h.line, end, h.textStart, h.textEnd);
  };
  // Made only from the first heading that is not the previous one at the same place.
  let headings: Heading[] | undefined;
  for (let k = 0; k < scan.headings.length; k++) {
    const h = headingAt(k);
    if (!headings && h === prevHeadings[k]) continue;
    headings ??= prevHeadings.slice(0, k);
    headings.push(h);
  }
  if (headings) return headings;
  const n = scan.headings.length;
  return prevHeadings.length === n ? (prevHeadings as Heading[]) : prevHeadings.slice(0, n);
}

/** Parses a plan, reusing the previous version's parse when given (same required sections). */
export function parsePlanState(
  text: string | string[],
  requiredSections: RequiredSection[] = defaultRequiredSections,
  previous?: ParseState,
): ParseState {
  return withMoves(() => parseMoving(text, requiredSections, previous));
}

function parseMoving(
  text: string | string[],
  requiredSections: RequiredSection[],
  previous?: ParseState,
): ParseState {
  const diff =
    previous && typeof text !== 'string' ? diffLines(previous.plan.lines, text) : undefined;
  const prev = diff ? previous : undefined;
  const scan = prev && diff ? rescanLines(text as string[], prev.scan, diff) : scanLines(text);
  const { lines } = scan;
  const pristine = frontMatterOf(scan, prev, diff);
  const required = pristine.requiredSections ?? requiredSections;
  const asts = blockAsts(scan, prev && { blocks: prev.scan.blocks, asts: prev.asts }, diff);
  const tables: FoundTable[] = [];
  // Every heading starts a block: the index of heading k's block, for its parse (text) and body.
  const blockOf = new Int32Array(scan.headings.length).fill(-1);
  for (let b = 0, k = 0; b < scan.blocks.length; b++) {
    const block = scan.blocks[b] as Block;
    if (scan.headings[k]?.line === block.startLine) blockOf[k++] = b;
    const found = tablesAt(asts[b] as BlockAst, block.startLine);
    for (let t = 0; t < found.length; t++) tables.push(found[t] as FoundTable);
  }
  // Line kinds with table lines marked, again only where the scan read again.
  const kinds = markTables(scan, tables, prev?.plan.lineKinds);
  const headings = headingsOf(scan, (k) => asts[blockOf[k] as number], prev?.plan.headings, diff);
  const profile = choosePlanProfile(
    pristine.type,
    tables.map((t) => t.rows[0] ?? []),
  );
  // What the next version's parse can reuse, whichever profile the plan is read with.
  const stateOf = (plan: Plan, summaries: Map<number, TableRead>): ParseState => ({
    plan,
    scan,
    asts,
    tables,
    frontMatter: pristine,
    required,
    summaries,
    ...(diff ? { diff } : {}),
  });
  if (profile.id === 'development') {
    // A development plan lists its projects in ผ.02 tables: it has no project headings to build.
    const development = readDevelopment({
      profile: profileById(profile.id),
      lines,
      headings,
      tables,
      years: pristine.years,
    });
    const frontMatter =
      pristine.years.length > 0 ? pristine : { ...pristine, years: development.years };
    const plan: Plan = {
      lines,
      lineKinds: kinds,
      frontMatter,
      headings,
      dimensions: [],
      projects: [],
      profile,
      development,
    };
    return stateOf(plan, new Map());
  }
  // The normalised text of heading k's block below its line: read only for a project without sections.
  const normBody = (k: number): string => {
    const block = scan.blocks[blockOf[k] as number];
    return block ? normalizeThai(lines.slice(block.startLine + 1, block.endLine).join('\n')) : '';
  };
  // The structure first (a table inside a project is its own, not the summary's), reusing the
  // previous projects only while their budgets were read with the same years.
  const structureOf = (reuse: boolean): Structure =>
    buildStructure(headings, normBody, lines, kinds, required, {
      previous: reuse && prev && prev.required === required ? prev.plan.projects : undefined,
      reusable: (from, to, moved) =>
        movedIntact(diff, from, to, moved) &&
        !!prev &&
        kinds.sameAs(prev.plan.lineKinds, from, to, moved),
    });
  let structure = structureOf(true);
  const summaries = new Map<number, TableRead>();
  const table = summaryTable(
    tables,
    { lines, kinds, inProject: insideProject(structure.projects), planYears: pristine.years },
    summaries,
    prev && diff ? { reads: prev.summaries, table: prev.plan.table, diff } : undefined,
  );
  const frontMatter = withTableYears(pristine, table);
  if (structure.reused.size > 0 && prev?.plan.frontMatter.years.join() !== frontMatter.years.join())
    structure = structureOf(false);
  const { dimensions, projects, reused } = structure;
  for (const project of projects) {
    if (reused.has(project)) continue;
    const section = project.sections.find(
      (s) => s.canonical === BUDGET_SECTION || /^งบประมาณ/.test(s.normTitle),
    );
    if (!section) continue;
    const r = section.contentRange;
    const inside = tables.filter((t) => t.startLine >= r.start.line && t.endLine <= r.end.line);
    project.budget = readBudget({ lines, kinds, range: r, tables: inside }, frontMatter.years);
  }
  const plan: Plan = {
    lines,
    lineKinds: kinds,
    frontMatter,
    headings,
    dimensions,
    projects,
    ...(table ? { table } : {}),
    profile,
  };
  return stateOf(plan, summaries);
}
