// The summary table among a plan's tables: every table outside the project details whose header reads
// as one, read as parts of one table (a part is read again only when it or what it depends on changed),
// and the plan's years taken from its columns when the front matter gives none.
import type { LineKinds } from '../model/line-kinds.js';
import type { FrontMatter, GroupRef, SummaryTable, TablePart, TableRow } from '../model/types.js';
import { readTablePart, type FoundTable, type GroupState, type PartRead } from './table.js';
import type { OldPart } from './table-rows-reuse.js';
import { matchDimension } from './headings.js';
import { movedIntact, oldLine, type LineDiff } from './reuse.js';
import { movedFrom, recordMove } from '../model/moved.js';
import { shiftRead } from './table-shift.js';

/** A table's cell texts and what reading it as a part of the summary table gave. */
export interface TableRead {
  rows: string[][];
  /** Null: the table is not a part of the summary table. */
  read: PartRead | null;
  /** What the read depended on besides the table itself. */
  inputs: PartInputs;
}

/** Everything a part's read depends on besides its own cells. */
interface PartInputs {
  index: number;
  start: GroupState;
  caption: string | undefined;
  previous: PartRead | undefined;
}

/** The previous version's reads and summary table, and how the lines moved. */
export interface PreviousReads {
  reads: Map<number, TableRead>;
  table: SummaryTable | undefined;
  diff: LineDiff;
}

/** What decides which tables are parts: tables inside a project are its own (budget tables). */
export interface SummaryContext {
  lines: string[];
  kinds: LineKinds;
  /** True when the line is inside a project's details. */
  inProject(line: number): boolean;
  /** The front matter's years: when known, a table none of whose year columns is one is not a part. */
  planYears: number[];
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

/** How many non-blank lines above a table are searched for the dimension it belongs to. */
const CAPTION_LINES = 4;

/** The line just above a table that names a dimension (`มิติที่ 2 …`, as a heading or a paragraph). */
function captionLine(table: FoundTable, ctx: SummaryContext): number | undefined {
  let seen = 0;
  for (let l = table.startLine - 1; l >= 0 && seen < CAPTION_LINES; l--) {
    const kind = ctx.kinds.get(l);
    if (kind === 'blank' || kind === 'comment') continue;
    if (kind !== 'text' && kind !== 'heading') return undefined;
    seen++;
    if (matchDimension(captionText(ctx.lines[l] ?? ''))) return l;
    if (kind === 'heading') return undefined;
  }
  return undefined;
}

/** A caption line's text without heading marks. */
function captionText(line: string): string {
  return line.replace(/^ {0,3}#{1,6}[ \t]+/, '').replace(/[ \t]+#+[ \t]*$/, '');
}

/** The dimension a caption line names, as a group reference. */
function captionGroup(line: number, text: string): GroupRef | undefined {
  const m = matchDimension(captionText(text));
  if (!m) return undefined;
  const start = text.length - text.trimStart().length;
  const range = {
    start: { line, character: start },
    end: { line, character: text.trimEnd().length },
  };
  return { number: m.number, title: m.title, cell: { text: text.trim(), index: -1, range } };
}

/** The previous version's object that `x` was moved from, or `x` itself. */
function origin<T extends object>(x: T | undefined): T | undefined {
  return (x && movedFrom(x)) ?? x;
}

/** True when the previous group state `a` holds the groups of `b` (or the groups they were moved from). */
function sameState(a: GroupState, b: GroupState): boolean {
  return a.dimension === origin(b.dimension) && a.mission === origin(b.mission);
}

/**
 * The summary table: the tables outside the project details that read as parts of it, in order. A
 * table's read is reused when the table and what its read depends on are unchanged; the whole table
 * object is reused when every part is.
 */
export function summaryTable(
  tables: FoundTable[],
  ctx: SummaryContext,
  reads: Map<number, TableRead>,
  before?: PreviousReads,
): SummaryTable | undefined {
  const parts: PartRead[] = [];
  let state: GroupState = {};
  let reusedAll = true;
  // Reads moved by the edit are copies made with one memo, so that what they share stays shared.
  const memo = new Map<object, unknown>();
  const diff = before?.diff;
  const tail = diff ? diff.lineCount - diff.delta - diff.suffix : 0;
  const shiftLine = (line: number): number => (diff && line >= tail ? line + diff.delta : line);
  for (const t of tables) {
    if (ctx.inProject(t.startLine)) continue;
    const captionAt = captionLine(t, ctx);
    const caption = captionAt !== undefined ? ctx.lines[captionAt] : undefined;
    const inputs: PartInputs = {
      index: parts.length,
      start: state,
      caption,
      previous: parts[parts.length - 1],
    };
    const from = captionAt ?? t.startLine;
    // The read of the same table last time: at the same place, or moved by the edit's delta.
    const was = before ? oldLine(before.diff, t.startLine) : -1;
    const old = was >= 0 ? before?.reads.get(was) : undefined;
    const moved = t.startLine - was;
    const reuse =
      old &&
      movedIntact(before?.diff, from, t.endLine + 1, moved) &&
      sameRows(old.rows, t.rows) &&
      old.inputs.index === inputs.index &&
      old.inputs.caption === inputs.caption &&
      old.inputs.previous === origin(inputs.previous) &&
      sameState(old.inputs.start, inputs.start);
    const group = captionAt !== undefined ? captionGroup(captionAt, caption ?? '') : undefined;
    const read = reuse
      ? moved === 0
        ? old.read
        : old.read && shiftRead(old.read, shiftLine, memo)
      : readTablePart(t, ctx.lines, {
          index: parts.length,
          start: state,
          ...(group ? { caption: group } : {}),
          ...(inputs.previous ? { previous: inputs.previous.part.columns } : {}),
          ...(diff && old?.read && !old.read.part.totalsOnly
            ? {
                old: {
                  part: oldPart(old.read, old.inputs.index),
                  maps: { oldLine: (l: number) => oldLine(diff, l), newLine: shiftLine, memo },
                },
              }
            : {}),
        });
    if (!reuse || moved !== 0) reusedAll = false;
    reads.set(t.startLine, {
      rows: t.rows,
      read,
      inputs: reuse && moved === 0 ? old.inputs : inputs,
    });
    if (!read || !ofThisPlan(read, ctx.planYears)) continue;
    parts.push(read);
    state = read.end;
  }
  if (parts.length === 0) return undefined;
  const prev = before?.table;
  const same = (p: TablePart, i: number): boolean => p === parts[i]?.part;
  const movedAll =
    prev &&
    prev.parts.length === parts.length &&
    prev.parts.every((p, i) => movedFrom(parts[i]?.part as TablePart) === p || same(p, i));
  if (reusedAll && prev && prev.parts.length === parts.length && prev.parts.every(same))
    return prev;
  const table = combine(parts);
  return movedAll && prev ? recordMove(table, prev) : table;
}

/** What the new read of a table keeps rows from: the previous read of it. */
function oldPart(read: PartRead, index: number): OldPart {
  const { part, rows, states } = read;
  const { columns, headerRows } = part;
  return { rows, states, columns, headerLine: part.headerRange.start.line, headerRows, index };
}

/** False for a table of other years only (a table of past results, another plan's figures). */
function ofThisPlan(read: PartRead, years: number[]): boolean {
  if (years.length === 0 || read.part.totalsOnly) return true;
  return read.part.columns.years.some((y) => years.includes(y.year));
}

/** One summary table from its parts. */
function combine(reads: PartRead[]): SummaryTable {
  const parts: TablePart[] = reads.map((r) => r.part);
  const rows: TableRow[] = reads.flatMap((r) => r.rows);
  const first = parts[0] as TablePart;
  const last = parts[parts.length - 1] as TablePart;
  const years: number[] = [];
  for (const p of parts)
    for (const y of p.columns.years) if (!years.includes(y.year)) years.push(y.year);
  return {
    range: { start: first.range.start, end: last.range.end },
    headerRange: first.headerRange,
    columns: first.columns,
    years,
    parts,
    rows,
  };
}

/** The front matter with its years taken from the table's year columns when it gives none (a copy). */
export function withTableYears(fm: FrontMatter, table: SummaryTable | undefined): FrontMatter {
  if (fm.years.length > 0 || !table) return fm;
  const years = [...table.years].sort((a, b) => a - b);
  if (years.length === 0) return fm;
  return {
    ...fm,
    years,
    issues: fm.issues.map((i) =>
      i.key === 'years' ? { ...i, assumed: `${years[0]}-${years[years.length - 1]}` } : i,
    ),
  };
}
