// Builds the plan's structure from its headings: dimensions → missions → projects → sections.
import type { LineKinds } from '../model/line-kinds.js';
import type {
  Dimension,
  Heading,
  Mission,
  Project,
  Range,
  RequiredSection,
} from '../model/types.js';
import {
  matchDimension,
  matchMission,
  matchProject,
  type DimensionMatch,
  type MissionMatch,
  type ProjectMatch,
  type Span,
} from './headings.js';
import { paragraphSections } from './section-titles.js';
import { normalizeThai } from './thai.js';
import { movedFrom, shiftProject } from '../model/moved.js';
import { PlanSection } from '../model/section.js';
import { lineRange } from '../model/line-range.js';

/**
 * Where each heading's content ends: the line of the next heading of the same or a higher level
 * (`lines` when there is none), and that heading's index (`headings.length` when none).
 */
function contentEnds(
  headings: Heading[],
  lineCount: number,
): { ends: Int32Array; closers: Int32Array } {
  const ends = new Int32Array(headings.length).fill(lineCount);
  const closers = new Int32Array(headings.length).fill(headings.length);
  const stack: number[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i] as Heading;
    while (
      stack.length &&
      (headings[stack[stack.length - 1] as number] as Heading).level >= h.level
    ) {
      const open = stack.pop() as number;
      ends[open] = h.line;
      closers[open] = i;
    }
    stack.push(i);
  }
  return { ends, closers };
}

/** A range inside a heading's text, from a span relative to the text start. */
function inHeading(h: Heading, [a, b]: Span): Range {
  const c = h.textRange.start.character;
  return lineRange(h.line, c + a, c + b);
}

/** The last line of a range from line `from` to line `toExclusive - 1` (at least `from`). */
const lastLine = (from: number, toExclusive: number): number => Math.max(from, toExclusive - 1);

/** Range from the start of `from` to the end of line `toExclusive - 1`. */
function linesRange(lines: string[], from: number, toExclusive: number): Range {
  const last = lastLine(from, toExclusive);
  return {
    start: { line: from, character: 0 },
    end: { line: last, character: (lines[last] ?? '').length },
  };
}

/** The normalised bodies of heading `i` and every heading after it that starts before line `end`. */
function bodyUntil(
  headings: Heading[],
  i: number,
  end: number,
  normBody: (k: number) => string,
): string {
  const parts: string[] = [];
  for (let k = i; k < headings.length && (headings[k] as Heading).line < end; k++) {
    const body = normBody(k);
    if (body) parts.push(body);
  }
  return parts.join(' ');
}

const sectionIndexes = new WeakMap<RequiredSection[], Map<string, string>>();

/** A comparable form of a section title: normalised; a leading number, trailing colon and all spaces removed. */
function sectionKey(title: string): string {
  return normalizeThai(title)
    .replace(/[:：]\s*$/, '')
    .replace(/^\d+[.)]\s*/, '')
    .replace(/\s/g, '');
}

/** Section key of a name or alias → canonical name, built once per required-section list. */
function sectionIndex(required: RequiredSection[]): Map<string, string> {
  let index = sectionIndexes.get(required);
  if (!index) {
    index = new Map();
    for (const r of required) {
      for (const n of [r.name, ...r.aliases])
        if (!index.has(sectionKey(n))) index.set(sectionKey(n), r.name);
    }
    sectionIndexes.set(required, index);
  }
  return index;
}

/** Finds the required section a title satisfies (by name or alias, after normalisation). */
export function canonicalSection(title: string, required: RequiredSection[]): string | null {
  return sectionIndex(required).get(sectionKey(title)) ?? null;
}

// What each heading's raw text matches, kept per heading object (a heading object is reused only
// while its line is unchanged; a moved copy of it takes over what its original matched).
const dimensions_ = new WeakMap<Heading, DimensionMatch | null>();
const missions_ = new WeakMap<Heading, MissionMatch | null>();
const projects_ = new WeakMap<Heading, ProjectMatch | null>();

/** `match` of the heading's raw text (as written, markup included), once per heading object. */
function memo<T>(
  known: WeakMap<Heading, T | null>,
  h: Heading,
  lines: string[],
  match: (raw: string) => T | null,
): T | null {
  let found = known.get(h);
  if (found !== undefined) return found;
  // A moved copy takes over its origin's match, and keeps it for when it is moved again.
  const origin = movedFrom(h);
  found = origin && known.get(origin);
  if (found === undefined) {
    const raw = (lines[h.line] ?? '').slice(h.textRange.start.character, h.textRange.end.character);
    found = match(raw);
  }
  known.set(h, found);
  return found;
}

/**
 * The previous project whose heading is `h`, asked in line order: a cursor over the previous projects
 * (a map of them cost 2,500 insertions per edit on the 50× plan). The cursor moves only to a project
 * found: a new heading's line (where lines were inserted) may lie past the previous lines still asked.
 */
function previousOf(previous: readonly Project[]): (h: Heading) => Project | undefined {
  let q = 0;
  return (h) => {
    let k = q;
    while (k < previous.length && (previous[k] as Project).heading.line < h.line) k++;
    const p = previous[k];
    if (p?.heading !== h) return undefined;
    q = k;
    return p;
  };
}

/** The structure found in the headings. */
export interface Structure {
  dimensions: Dimension[];
  projects: Project[];
  /** Projects taken over from the previous version (their budgets are already read). */
  reused: Set<Project>;
}

/** The previous version's projects and which line spans the edit left alone. */
export interface StructureReuse {
  /** Undefined when nothing may be reused (other required sections or years). */
  previous: Project[] | undefined;
  /**
   * True when lines [from, to) are unchanged and read the same (kinds included), each `moved` lines
   * further down than in the previous version (0: at the same place).
   */
  reusable(from: number, to: number, moved: number): boolean;
}

/**
 * Walks the headings once and nests them by level. `normBody(k)` gives the normalised text below
 * heading k up to the next heading; it is read only for a project that has no sections.
 */
export function buildStructure(
  headings: Heading[],
  normBody: (k: number) => string,
  lines: string[],
  kinds: LineKinds,
  required: RequiredSection[],
  reuse?: StructureReuse,
): Structure {
  const { ends, closers } = contentEnds(headings, lines.length);
  const before = previousOf(reuse?.previous ?? []);
  // The new heading object of one of a moved project's old headings, which the headings from the
  // project's own (index i) on hold at its line moved, in order (a paragraph title has none).
  const movedHeadings = (i: number, moved: number): ((old: Heading) => Heading | undefined) => {
    let k = i;
    return (old) => {
      const line = old.line + moved;
      while (k < headings.length && (headings[k] as Heading).line < line) k++;
      const h = headings[k];
      return h && h.line === line && movedFrom(h) === old ? h : undefined;
    };
  };
  const reused = new Set<Project>();
  // Each new project's heading index and content end, for its body.
  const spans = new Map<Project, [number, number]>();
  const dimensions: Dimension[] = [];
  const projects: Project[] = [];
  let dim: Dimension | undefined;
  let mission: Mission | undefined;
  let project: Project | undefined;
  // A dimension heading whose content holds a table and no project heading: a table's caption.
  // The project headings first: a dimension of the details has one among its first headings, while
  // its table lines may be thousands of lines down (every line was read at every edit).
  const isCaption = (i: number): boolean => {
    const h = headings[i] as Heading;
    const end = ends[i] ?? lines.length;
    for (let k = i + 1; k < headings.length && (headings[k] as Heading).line < end; k++)
      if (memo(projects_, headings[k] as Heading, lines, matchProject)) return false;
    let table = false;
    for (let l = h.line + 1; l < end && !table; l++) table = kinds.get(l) === 'table';
    return table;
  };
  const textOf = (from: number, to: number): string =>
    lines
      .slice(from, to)
      .filter((_, k) => kinds.get(from + k) !== 'comment' && kinds.get(from + k) !== 'blank')
      .join('\n')
      .trim();
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i] as Heading;
    const end = ends[i] ?? lines.length;
    if (project && h.level <= project.heading.level) project = undefined;
    if (mission && h.level <= mission.heading.level) mission = undefined;
    if (dim && h.level <= dim.heading.level) dim = undefined;
    const d = !project && !dim ? memo(dimensions_, h, lines, matchDimension) : null;
    // A dimension's name over its table in the summary part (one table per dimension) is a caption.
    if (d && isCaption(i)) continue;
    if (d) {
      dim = {
        number: d.number,
        numberRange: inHeading(h, d.numberSpan),
        title: d.title,
        heading: h,
        missions: [],
        projects: [],
      };
      dimensions.push(dim);
      continue;
    }
    if (!dim) continue;
    if (!project) {
      const m = !mission ? memo(missions_, h, lines, matchMission) : null;
      if (m) {
        mission = {
          dimensionNumber: m.dimensionNumber,
          number: m.number,
          numberRange: inHeading(h, m.numberSpan),
          title: m.title,
          heading: h,
          projects: [],
        };
        dim.missions.push(mission);
        continue;
      }
      const p = memo(projects_, h, lines, matchProject);
      const origin = p ? movedFrom(h) : undefined;
      const old = p ? before(origin ?? h) : undefined;
      const moved = old ? h.line - old.heading.line : 0;
      if (
        old &&
        old.range.end.line + moved === lastLine(h.line, end) &&
        old.dimensionIndex === dimensions.length - 1 &&
        old.missionIndex === (mission ? dim.missions.length - 1 : -1) &&
        reuse?.reusable(h.line, end, moved)
      ) {
        const taken = moved === 0 ? old : shiftProject(old, moved, movedHeadings(i, moved));
        project = taken;
        reused.add(taken);
        // Its sections are in it already: on from the heading that closes it.
        i = (closers[i] ?? headings.length) - 1;
        projects.push(taken);
        dim.projects.push(taken);
        mission?.projects.push(taken);
        continue;
      }
      if (p) {
        project = {
          number: p.number,
          numberRange: inHeading(h, p.numberSpan),
          name: p.name,
          nameRange: inHeading(h, p.nameSpan),
          normName: normalizeThai(p.name),
          heading: h,
          dimensionIndex: dimensions.length - 1,
          missionIndex: mission ? dim.missions.length - 1 : -1,
          sections: [],
          budget: { kind: 'absent', amounts: new Map(), issues: [] },
          range: linesRange(lines, h.line, end),
          normBody: '',
        };
        spans.set(project, [i, end]);
        projects.push(project);
        dim.projects.push(project);
        mission?.projects.push(project);
      }
      continue;
    }
    if (h.level === project.heading.level + 1) {
      const text = textOf(h.line + 1, end);
      const fields = {
        title: h.text,
        normTitle: normalizeThai(h.text),
        canonical: canonicalSection(h.text, required),
        text,
        empty: text === '',
      };
      const content = linesRange(lines, Math.min(h.line + 1, end), end);
      project.sections.push(new PlanSection(fields, h, content));
    }
  }
  // Titles written as paragraphs, before the first section heading (all of a Word conversion).
  for (const p of projects) {
    if (reused.has(p)) continue;
    const first = p.sections[0]?.heading.line ?? p.range.end.line + 1;
    const titled = paragraphSections({
      lines,
      kinds,
      from: p.heading.line + 1,
      to: first,
      level: p.heading.level + 1,
      canonical: (t) => canonicalSection(t, required),
      textOf,
    });
    if (titled.length) p.sections.unshift(...titled);
    // Only a project without sections is compared by its whole body.
    const span = spans.get(p);
    if (!p.sections.length && span) p.normBody = bodyUntil(headings, span[0], span[1], normBody);
  }
  return { dimensions, projects, reused };
}
