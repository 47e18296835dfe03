// Lookups the navigation features share, built once per analysis: what sits on each line, where each
// heading's block ends, the `โครงการที่ N` mentions in prose, and what a position points at. No LSP here.
import type { Analysis } from '../engine.js';
import { computeSummary, type Summary, type SummaryRow } from '../model/summary.js';
import type { RowMatch, TotalCoverage } from '../model/index.js';
import type {
  Cell,
  Dimension,
  Heading,
  Mission,
  Plan,
  Position,
  Project,
  Range,
  TableRow,
} from '../model/types.js';
import { readInteger } from '../parse/thai.js';
import { spanRange } from '../model/line-range.js';

/** A `โครงการที่ N` reference to a project in prose, a table cell or a non-project heading. */
export interface Mention {
  /** The project number referred to. */
  number: number;
  /** The whole `โครงการที่ N` text. */
  range: Range;
  /** Where N is written. */
  numberRange: Range;
}

/** Per-analysis lookups. */
export interface NavIndex {
  /** Exclusive end line of each heading's block (the next heading of the same or a higher level). */
  blockEnd: Map<number, number>;
  /** Project by its heading line. */
  projectAtLine: Map<number, Project>;
  /** Dimension by its heading line. */
  dimensionAtLine: Map<number, Dimension>;
  /** Mission (with its dimension) by its heading line. */
  missionAtLine: Map<number, { dimension: Dimension; mission: Mission }>;
  /** Summary-table project row by its line. */
  rowAtLine: Map<number, TableRow>;
  /** Summary-table total row (รวม / รวมทั้งสิ้น) by its line, with what it covers. */
  totalAtLine: Map<number, TotalCoverage>;
  /** Every mention, in document order. */
  mentions: Mention[];
  /** The summary computed from the project details. */
  summary: Summary;
  /** Each project's row of that summary (its per-year amounts as its details state them). */
  summaryRow: Map<Project, SummaryRow>;
}

/** A `โครงการที่ N` mention (Thai or Arabic digits); the digits must not run on. */
const MENTION = /โครงการ(?:ลำดับ)?ที่\s*([0-9\u0E50-\u0E59]+)(?![0-9\u0E50-\u0E59])/dgu;

const cache = new WeakMap<Analysis, NavIndex>();

/** The lookups of an analysis, built on first use. */
export function navIndexOf(analysis: Analysis): NavIndex {
  let nav = cache.get(analysis);
  if (!nav) cache.set(analysis, (nav = buildNavIndex(analysis)));
  return nav;
}

function buildNavIndex({ plan, index }: Analysis): NavIndex {
  const missionAtLine = new Map<number, { dimension: Dimension; mission: Mission }>();
  for (const dimension of plan.dimensions) {
    for (const mission of dimension.missions) {
      missionAtLine.set(mission.heading.line, { dimension, mission });
    }
  }
  const summary = computeSummary(plan);
  return {
    blockEnd: blockEnds(plan.headings, plan.lines.length),
    projectAtLine: new Map(plan.projects.map((p) => [p.heading.line, p])),
    dimensionAtLine: new Map(plan.dimensions.map((d) => [d.heading.line, d])),
    missionAtLine,
    rowAtLine: new Map(index.projectRows.map((r) => [r.line, r])),
    totalAtLine: new Map(index.totals.map((t) => [t.row.line, t])),
    mentions: findMentions(plan),
    summary,
    summaryRow: new Map(summary.groups.flatMap((g) => g.rows.map((r) => [r.project, r]))),
  };
}

function blockEnds(headings: Heading[], lineCount: number): Map<number, number> {
  const ends = new Map<number, number>();
  const stack: Heading[] = [];
  for (const h of headings) {
    while (stack.length && (stack[stack.length - 1] as Heading).level >= h.level) {
      ends.set((stack.pop() as Heading).line, h.line);
    }
    stack.push(h);
  }
  for (const h of stack) ends.set(h.line, lineCount);
  return ends;
}

/** Finds the mentions outside code, comments, front matter and project headings. */
export function findMentions(plan: Plan): Mention[] {
  const projectLines = new Set(plan.projects.map((p) => p.heading.line));
  const mentions: Mention[] = [];
  plan.lines.forEach((text, line) => {
    const kind = plan.lineKinds.get(line);
    if (kind !== 'text' && kind !== 'table' && kind !== 'heading') return;
    if (projectLines.has(line) || !text.includes('โครงการ')) return;
    for (const m of text.matchAll(MENTION)) {
      const whole = m.indices?.[0];
      const digits = m.indices?.[1];
      const number = readInteger(m[1] ?? '');
      if (!whole || !digits || number === null) continue;
      mentions.push({
        number,
        range: spanRange(line, whole),
        numberRange: spanRange(line, digits),
      });
    }
  });
  return mentions;
}

/** True when `p` lies in `r` (both ends included, so a cursor just after a word still counts). */
export function contains(r: Range, p: Position): boolean {
  const afterStart =
    p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd =
    p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

/** The last line of a block that has text (so folding keeps the blank line before the next heading). */
export function lastContentLine(plan: Plan, startLine: number, endExclusive: number): number {
  let last = endExclusive - 1;
  while (last > startLine && (plan.lines[last] ?? '').trim() === '') last--;
  return last;
}

/** What a position points at, for definition, references, rename and hover. */
export type Target =
  | { kind: 'project'; project: Project; on: 'number' | 'name' | 'heading' }
  | { kind: 'row'; row: TableRow; match: RowMatch | undefined; cell: Cell | undefined }
  | { kind: 'total'; coverage: TotalCoverage; cell: Cell | undefined }
  | { kind: 'mention'; mention: Mention };

/** Finds the target at a position, if any. */
export function targetAt(analysis: Analysis, position: Position): Target | undefined {
  const nav = navIndexOf(analysis);
  const line = position.line;
  const project = nav.projectAtLine.get(line);
  if (project) {
    const on = contains(project.numberRange, position)
      ? 'number'
      : contains(project.nameRange, position)
        ? 'name'
        : 'heading';
    return { kind: 'project', project, on };
  }
  const row = nav.rowAtLine.get(line);
  if (row) {
    const cell = row.cells.find((c) => contains(cellSpan(c), position));
    return { kind: 'row', row, match: analysis.index.matchOfRow.get(row), cell };
  }
  const coverage = nav.totalAtLine.get(line);
  if (coverage) {
    const cell = coverage.row.cells.find((c) => contains(cellSpan(c), position));
    return { kind: 'total', coverage, cell };
  }
  const mention = nav.mentions.find(
    (m) => m.range.start.line === line && contains(m.range, position),
  );
  return mention ? { kind: 'mention', mention } : undefined;
}

/** A cell's range widened by one column each side, so a cursor on its padding still hits it. */
function cellSpan(cell: Cell): Range {
  return {
    start: { line: cell.range.start.line, character: Math.max(0, cell.range.start.character - 1) },
    end: { line: cell.range.end.line, character: cell.range.end.character + 1 },
  };
}

/** The project sections a row or mention number refers to (more than one when numbers repeat). */
export function projectsNumbered(analysis: Analysis, n: number | null): Project[] {
  return n === null ? [] : (analysis.index.projectsByNumber.get(n) ?? []);
}

/** The project a target is about: the heading's, the project of a row's or mention's number. */
export function projectOf(analysis: Analysis, target: Target): Project | undefined {
  switch (target.kind) {
    case 'project':
      return target.project;
    case 'row':
      return projectsNumbered(analysis, target.row.number)[0] ?? target.match?.project;
    case 'mention':
      return projectsNumbered(analysis, target.mention.number)[0];
    case 'total':
      return undefined;
  }
}

/** What refers to a project: table rows with its number or standing for it by name, and mentions. */
export function referencesTo(
  analysis: Analysis,
  project: Project,
): { rows: TableRow[]; mentions: Mention[] } {
  const byName = new Set((analysis.index.rowsOfProject.get(project) ?? []).map((m) => m.row));
  const rows = analysis.index.projectRows.filter(
    (r) => byName.has(r) || (project.number !== null && r.number === project.number),
  );
  const mentions =
    project.number === null
      ? []
      : navIndexOf(analysis).mentions.filter((m) => m.number === project.number);
  return { rows, mentions };
}
