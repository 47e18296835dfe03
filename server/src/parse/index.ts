// Entry point of the parser: text → line scan → Markdown blocks → plan model. Never throws. Given the
// previous version's parse, it reuses whatever the edit left alone (see reuse.ts) and gives the same plan.
import type { FrontMatter, Heading, Plan, RequiredSection, SummaryTable } from '../model/types.js';
import { BUDGET_SECTION, defaultRequiredSections } from '../model/required-sections.js';
import { readBudget } from './budget.js';
import { parseFrontMatter } from './front-matter.js';
import { rescanLines, scanLines, type Block, type LineScan } from './lines.js';
import { parseBlocks, type BlockAst } from './markdown.js';
import { buildStructure } from './structure.js';
import { readSummaryTable, type FoundTable } from './table.js';
import { diffLines, untouched, type LineDiff } from './reuse.js';

/** A parse with what the next version's parse can reuse. */
export interface ParseState {
  plan: Plan;
  scan: LineScan;
  /** The parse of each block of `scan.blocks`, in the same order. */
  asts: BlockAst[];
  /** The front matter as read, before years were taken from the table. */
  frontMatter: FrontMatter;
  required: RequiredSection[];
  /** How the lines moved since the previous parse, when it was given. */
  diff?: LineDiff;
  /** Each table tried as the summary table (null: it is not one), by its first line. */
  summaries: Map<number, TableRead>;
}

/** A table's cell texts and what reading it as the summary table gave. */
interface TableRead {
  rows: string[][];
  table: SummaryTable | null;
}

/** True when two tables have the same cell texts. */
function sameRows(a: string[][], b: string[][]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((row, i) => {
    const other = b[i] as string[];
    return row.length === other.length && row.every((cell, j) => cell === other[j]);
  });
}

/** The summary table: the first table whose header reads as one (a read is reused when the table is unchanged). */
function summaryTable(
  tables: FoundTable[],
  lines: string[],
  reads: Map<number, TableRead>,
  prev?: ParseState,
  diff?: LineDiff,
): SummaryTable | undefined {
  for (const t of tables) {
    const old = prev?.summaries.get(t.startLine);
    const table =
      old && untouched(diff, t.startLine, t.endLine + 1) && sameRows(old.rows, t.rows)
        ? old.table
        : readSummaryTable(t, lines);
    reads.set(t.startLine, { rows: t.rows, table });
    if (table) return table;
  }
  return undefined;
}

/** The front matter with its years taken from the table's year columns when it gives none (a copy). */
function withTableYears(fm: FrontMatter, table: SummaryTable | undefined): FrontMatter {
  if (fm.years.length > 0 || !table) return fm;
  const years = [...new Set(table.columns.years.map((y) => y.year))].sort((a, b) => a - b);
  if (years.length === 0) return fm;
  return {
    ...fm,
    years,
    issues: fm.issues.map((i) =>
      i.key === 'years' ? { ...i, assumed: `${years[0]}-${years[years.length - 1]}` } : i,
    ),
  };
}

/** Parses a plan. Unreadable parts become model fields that checks report; it never throws. */
export function parsePlan(
  text: string | string[],
  requiredSections: RequiredSection[] = defaultRequiredSections,
): Plan {
  return parsePlanState(text, requiredSections).plan;
}

/** Index of the block that starts at `line` in a list of blocks, or -1. */
function blockAt(blocks: readonly Block[], line: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = (blocks[mid] as Block).startLine;
    if (start === line) return mid;
    if (start < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The parse of each block: the previous one for a block the edit left alone, else from the block cache. */
function blockAsts(scan: LineScan, prev?: ParseState, diff?: LineDiff): BlockAst[] {
  const out: (BlockAst | undefined)[] = scan.blocks.map((b) => {
    if (!prev || !diff) return undefined;
    const before = b.endLine <= diff.prefix;
    if (!before && b.startLine < diff.lineCount - diff.suffix) return undefined;
    const shift = before ? 0 : diff.delta;
    const k = blockAt(prev.scan.blocks, b.startLine - shift);
    return k >= 0 && (prev.scan.blocks[k] as Block).endLine === b.endLine - shift
      ? prev.asts[k]
      : undefined;
  });
  const missing = scan.blocks.flatMap((b, i) => (out[i] ? [] : [i]));
  const parsed = parseBlocks(
    missing.map((i) => {
      const b = scan.blocks[i] as Block;
      return scan.lines.slice(b.startLine, b.endLine).join('\n');
    }),
  );
  missing.forEach((i, n) => (out[i] = parsed[n]));
  return out as BlockAst[];
}

/** The front matter: the previous reading when its lines were left alone (it is never changed in place). */
function frontMatterOf(scan: LineScan, prev?: ParseState, diff?: LineDiff): FrontMatter {
  const end = scan.frontMatter?.endLine ?? 1;
  if (prev && diff && diff.prefix >= end) return prev.frontMatter;
  return parseFrontMatter(scan.lines, scan.frontMatter);
}

/** Parses a plan, reusing the previous version's parse when given (same required sections). */
export function parsePlanState(
  text: string | string[],
  requiredSections: RequiredSection[] = defaultRequiredSections,
  previous?: ParseState,
): ParseState {
  const diff =
    previous && typeof text !== 'string' ? diffLines(previous.plan.lines, text) : undefined;
  const prev = diff ? previous : undefined;
  const scan = prev && diff ? rescanLines(text as string[], prev.scan, diff) : scanLines(text);
  const { lines } = scan;
  const kinds = scan.kinds.slice();
  const pristine = frontMatterOf(scan, prev, diff);
  const required = pristine.requiredSections ?? requiredSections;
  const asts = blockAsts(scan, prev, diff);
  const tables: FoundTable[] = [];
  // Every heading starts a block: the parse of heading k's block, for its text and body.
  const headingAsts: (BlockAst | undefined)[] = [];
  scan.blocks.forEach((block, b) => {
    const ast = asts[b] as BlockAst;
    if (scan.headings[headingAsts.length]?.line === block.startLine) headingAsts.push(ast);
    for (const t of ast.tables) {
      const found = {
        startLine: t.startLine + block.startLine,
        endLine: t.endLine + block.startLine,
        rows: t.rows,
      };
      for (let l = found.startLine; l <= found.endLine; l++) kinds[l] = 'table';
      tables.push(found);
    }
  });
  const prevHeadings = prev?.plan.headings ?? [];
  let p = 0;
  const headings: Heading[] = scan.headings.map((h, k) => {
    const text = headingAsts[k]?.heading ?? lines[h.line]?.slice(h.textStart, h.textEnd) ?? '';
    while (p < prevHeadings.length && (prevHeadings[p] as Heading).line < h.line) p++;
    const old = prevHeadings[p];
    if (old && old.line === h.line && old.text === text && untouched(diff, h.line, h.line + 1))
      return old;
    return {
      level: h.level,
      line: h.line,
      text,
      range: {
        start: { line: h.line, character: 0 },
        end: { line: h.line, character: (lines[h.line] ?? '').length },
      },
      textRange: {
        start: { line: h.line, character: h.textStart },
        end: { line: h.line, character: h.textEnd },
      },
    };
  });
  const summaries = new Map<number, TableRead>();
  const table = summaryTable(tables, lines, summaries, prev, diff);
  const frontMatter = withTableYears(pristine, table);
  const sameInputs =
    !!prev &&
    prev.required === required &&
    prev.plan.frontMatter.years.join() === frontMatter.years.join();
  const normBody = (k: number): string => headingAsts[k]?.normBody ?? '';
  const { dimensions, projects, reused } = buildStructure(
    headings,
    normBody,
    lines,
    kinds,
    required,
    {
      previous: sameInputs ? prev?.plan.projects : undefined,
      reusable: (from, to) => untouched(diff, from, to),
    },
  );
  for (const project of projects) {
    if (reused.has(project)) continue;
    const section = project.sections.find(
      (s) => s.canonical === BUDGET_SECTION || /^งบประมาณ/.test(s.normTitle),
    );
    if (!section) continue;
    const r = section.contentRange;
    const inside = tables.filter((t) => t.startLine >= r.start.line && t.endLine <= r.end.line);
    project.budget = readBudget(section.text, inside, frontMatter.years, r);
  }
  const plan: Plan = {
    lines,
    lineKinds: kinds,
    frontMatter,
    headings,
    dimensions,
    projects,
    ...(table ? { table } : {}),
  };
  return {
    plan,
    scan,
    asts,
    frontMatter: pristine,
    required,
    summaries,
    ...(diff ? { diff } : {}),
  };
}
