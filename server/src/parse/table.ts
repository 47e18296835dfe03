// Reads a table as a part of the summary table: its columns (table-columns.ts), then each row's group,
// project and amounts.
import type {
  AmountCell,
  Cell,
  GroupRef,
  TableColumns,
  TablePart,
  TableRow,
} from '../model/types.js';
import { isSubHeader, readColumns, sameCells } from './table-columns.js';
import { parseAmount } from './amount.js';
import { normalizeThai, readInteger, thaiDigitsToArabic } from './thai.js';
import { RowReuse, type LineMaps, type OldPart, type RowStates } from './table-rows-reuse.js';
import { placeCells } from '../model/cell.js';
import { lineRange, spanRange } from '../model/line-range.js';

/** A table found by the Markdown parser: absolute line span and cell texts per row (header first). */
export interface FoundTable {
  startLine: number;
  endLine: number;
  rows: string[][];
}

/**
 * Content spans [start, end) of a row line's cells, split on every unescaped pipe. As in GFM (and
 * remark-gfm), a pipe splits cells even inside a code span: only `\|` keeps it in the cell.
 */
export function splitRow(line: string): [number, number][] {
  const bounds: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') i++;
    else if (ch === '|') bounds.push(i);
  }
  const trimmed = line.trimEnd();
  const starts = /^\s*\|/.test(line) ? bounds : [-1, ...bounds];
  const ends =
    trimmed.endsWith('|') && !trimmed.endsWith('\\|')
      ? starts.slice(1)
      : [...starts.slice(1), line.length];
  return ends.map((end, k) => {
    let a = (starts[k] ?? -1) + 1;
    let b = end;
    while (a < b && /\s/.test(line[a] ?? '')) a++;
    while (b > a && /\s/.test(line[b - 1] ?? '')) b--;
    if (a === b) a = b = Math.min((starts[k] ?? -1) + 2, end);
    return [a, b] as [number, number];
  });
}

/** Reads the row kind from its first non-empty cell. */
function rowKind(cells: Cell[]): TableRow['kind'] | null {
  const first = normalizeThai(cells.find((c) => c.text !== '')?.text ?? '').replace(/[:：]$/, '');
  if (/^รวมทั้งสิ้น|^grand total/i.test(first)) return 'grand-total';
  if (/^รวม(?:\s|$|มิติ|ยุทธ)|^(sub)?total\b/i.test(first)) return 'subtotal';
  return null;
}

/** Reads a dimension or mission cell that opens a group. */
function readGroup(cell: Cell, mission: boolean): GroupRef {
  const t = thaiDigitsToArabic(normalizeThai(cell.text));
  if (mission) {
    const m = /^(?:(?:ภารกิจ|แผนงาน)(?:ที่)?\s*)?(\d+)\.(\d+)\.?\s*(.*)$/.exec(t);
    if (m) return { number: Number(m[2]), dimensionNumber: Number(m[1]), title: m[3] ?? '', cell };
    return { number: null, dimensionNumber: null, title: t, cell };
  }
  const m = /^(?:(?:มิติ|ยุทธศาสตร์)(?:ที่)?\s*)?(\d+)\s*[.:)]?\s*(.*)$/.exec(t);
  return m ? { number: Number(m[1]), title: m[2] ?? '', cell } : { number: null, title: t, cell };
}

/** Reads an amount cell. */
function amount(cell: Cell): AmountCell {
  const r = parseAmount(cell.text);
  return { cell, value: r.value, invalid: r.invalid };
}

/** The groups open where a part starts: carried over from the part before (a table split at a page break). */
export interface GroupState {
  dimension?: GroupRef;
  mission?: GroupRef;
}

/** A part of the summary table as read, with the groups still open after its last row. */
export interface PartRead {
  part: TablePart;
  rows: TableRow[];
  end: GroupState;
  /** The groups open before each row and after the last: what keeping a row on the next read needs. */
  states: RowStates;
}

/** How to read one table as a part of the summary. */
export interface PartContext {
  /** Index of this part among the parts. */
  index: number;
  /** Groups open at the part's start (the part before's `end`). */
  start: GroupState;
  /** The dimension named just above the table, if any. */
  caption?: GroupRef;
  /** The part before's columns: a table of total rows only is read with them. */
  previous?: TableColumns;
  /** The previous version's read of the same table, whose unchanged rows are kept. */
  old?: { part: OldPart; maps: LineMaps };
}

/** A row whose only text opens a dimension or a mission (`| มิติที่ 2 … | | |`). */
function groupRow(cells: Cell[]): GroupRef | undefined {
  const filled = cells.filter((c) => c.text !== '');
  const only = filled[0];
  if (filled.length !== 1 || !only) return undefined;
  const t = normalizeThai(only.text);
  if (/^(?:มิติ|ยุทธศาสตร์|dimension|strategy)/i.test(t)) return readGroup(only, false);
  if (/^(?:(?:ภารกิจ|แผนงาน)(?:ที่)?\s*)?\d+\.\d+(?![\d])/.test(thaiDigitsToArabic(t)))
    return readGroup(only, true);
  return undefined;
}

/**
 * Reads one table as a part of the summary table; `lines` are the document's lines. Null when the
 * table is not one: no project column or no year column (and not total rows after a part).
 */
export function readTablePart(
  found: FoundTable,
  lines: string[],
  ctx: PartContext,
): PartRead | null {
  const headerLine = found.startLine;
  const header = found.rows[0] ?? [];
  const headerSpans = splitRow(lines[headerLine] ?? '');
  const second = found.rows[1];
  const sub = second && isSubHeader(second, header) ? second : undefined;
  const reuse = RowReuse.of(ctx.old?.part, ctx.old?.maps, headerLine, ctx.index, !!sub);
  let columns = reuse ? reuse.columns : readColumns(header, headerLine, headerSpans, sub);
  let totalsOnly = false;
  if (!columns) {
    // A table of total rows only (รวมทั้งสิ้น after the last dimension's table), as wide as the part before.
    const first = normalizeThai(header.find((h) => normalizeThai(h) !== '') ?? '');
    const prev = ctx.previous;
    if (!prev || !/^รวม|^(grand )?total/i.test(first) || header.length < width(prev)) return null;
    columns = placeColumns(prev, headerLine, headerSpans);
    totalsOnly = true;
  }
  const rows: TableRow[] = [];
  let dimension = ctx.caption ?? ctx.start.dimension;
  let mission = ctx.caption ? undefined : ctx.start.mission;
  const body = totalsOnly ? found.rows : found.rows.slice(1);
  const states: RowStates = { dimensions: [], missions: [] };
  body.forEach((texts, k) => {
    const line = totalsOnly && k === 0 ? headerLine : headerLine + (totalsOnly ? 1 : 2) + k;
    states.dimensions.push(dimension);
    states.missions.push(mission);
    const kept = totalsOnly
      ? undefined
      : reuse?.take(line, k === 0, rows[rows.length - 1], dimension, mission);
    if (kept) {
      rows.push(kept.row);
      ({ dimension, mission } = kept);
      return;
    }
    // A group this row opens, as the previous read's object when it reads the same.
    const opened = (g: GroupRef, kind: 'dimensions' | 'missions'): GroupRef =>
      reuse?.canonical(g, line, kind) ?? g;
    const raw = lines[line] ?? '';
    const spans = splitRow(raw);
    const cells = placeCells(texts, header.length, line, raw, spans);
    const base = { line, range: lineRange(line, 0, raw.length), part: ctx.index };
    // The second header row, the header repeated at a page break, and the second row under that.
    const again = rows[rows.length - 1]?.kind === 'header' && isSubHeader(texts, header);
    if (!totalsOnly && ((k === 0 && sub) || sameCells(texts, header) || again)) {
      rows.push({ ...base, ...blankRow(cells, 'header') });
      return;
    }
    const kind = rowKind(cells);
    const group = kind ? undefined : groupRow(cells);
    if (group) {
      if (group.dimensionNumber === undefined) {
        dimension = opened(group, 'dimensions');
        mission = undefined;
      } else mission = opened(group, 'missions');
      rows.push({ ...base, ...blankRow(cells, 'group'), ...(dimension ? { dimension } : {}) });
      return;
    }
    const dimCell = columns.dimension !== undefined ? cells[columns.dimension] : undefined;
    const misCell = columns.mission !== undefined ? cells[columns.mission] : undefined;
    if (!kind && dimCell && dimCell.text) {
      dimension = opened(readGroup(dimCell, false), 'dimensions');
      mission = undefined;
    }
    if (!kind && misCell && misCell.text) mission = opened(readGroup(misCell, true), 'missions');
    const row = readRow(cells, columns, kind, raw, spans);
    rows.push({
      ...row,
      ...base,
      ...(dimension ? { dimension } : {}),
      ...(mission && !kind ? { mission } : {}),
    });
    if (kind === 'subtotal') mission = undefined;
  });
  states.dimensions.push(dimension);
  states.missions.push(mission);
  const last = rows[rows.length - 1];
  // A dimension closed by its total row is not carried into the next table.
  const closed = last?.kind === 'subtotal' || last?.kind === 'grand-total';
  return {
    part: {
      range: {
        start: { line: headerLine, character: 0 },
        end: { line: found.endLine, character: (lines[found.endLine] ?? '').length },
      },
      headerRange: lineRange(headerLine, 0, (lines[headerLine] ?? '').length),
      columns,
      headerRows: sub ? 2 : 1,
      ...(ctx.caption ? { caption: ctx.caption } : {}),
      ...(totalsOnly ? { totalsOnly } : {}),
    },
    rows,
    end: closed ? {} : { ...(dimension ? { dimension } : {}), ...(mission ? { mission } : {}) },
    states,
  };
}

/** The number of columns a header with these columns has at least. */
function width(c: TableColumns): number {
  const all = [c.project, c.dimension, c.mission, c.total, c.note];
  for (const y of c.years) all.push(y.index);
  for (const y of c.extras) all.push(y.index);
  return Math.max(...all.filter((i): i is number => i !== undefined)) + 1;
}

/** The part before's columns, placed on this part's first line. */
function placeColumns(prev: TableColumns, line: number, spans: [number, number][]): TableColumns {
  return {
    ...prev,
    years: prev.years.map((y) => ({ ...y, range: spanRange(line, spans[y.index] ?? [0, 0]) })),
  };
}

/** A row that holds neither a project nor a total. */
function blankRow(
  cells: Cell[],
  kind: 'header' | 'group',
): Omit<TableRow, 'line' | 'range' | 'part' | 'dimension' | 'mission'> {
  return { kind, cells, years: new Map(), number: null, name: '', normName: '' };
}

/** Reads the project cell, amounts, total, count and note of one row. */
function readRow(
  cells: Cell[],
  columns: TableColumns,
  kind: TableRow['kind'] | null,
  raw: string,
  spans: [number, number][],
): Omit<TableRow, 'line' | 'range' | 'part' | 'dimension' | 'mission'> {
  const projectCell = cells[columns.project];
  const years = new Map<number, AmountCell>();
  for (const y of columns.years) {
    const cell = cells[y.index];
    if (cell) years.set(y.year, amount(cell));
  }
  const total =
    columns.total !== undefined && cells[columns.total]
      ? amount(cells[columns.total] as Cell)
      : undefined;
  const note = columns.note !== undefined ? cells[columns.note] : undefined;
  const base = {
    cells,
    years,
    ...(total ? { total } : {}),
    ...(note ? { note } : {}),
    ...(projectCell ? { projectCell } : {}),
  };
  if (kind) {
    return {
      ...base,
      kind,
      number: null,
      name: projectCell?.text ?? '',
      normName: '',
      ...readCount(cells, raw, spans),
    };
  }
  const span = spans[columns.project];
  const rawCell = span ? raw.slice(span[0], span[1]) : '';
  const m = /^([*_\s]*)([0-9\u0E50-\u0E59]+)\s*[.)]?(?![0-9\u0E50-\u0E59])[*_\s]*/u.exec(rawCell);
  const numText = m?.[2];
  if (
    !projectCell ||
    !span ||
    !m ||
    numText === undefined ||
    !/^\s*[0-9\u0E50-\u0E59]+\s*[.)]?/u.test(thaiDigitsToArabic(projectCell.text))
  ) {
    const name = projectCell?.text ?? '';
    return {
      ...base,
      kind: name ? 'project' : 'other',
      number: null,
      name,
      normName: normalizeThai(name),
    };
  }
  const numStart = span[0] + (m[1]?.length ?? 0);
  const name = projectCell.text.replace(/^\s*[0-9\u0E50-\u0E59]+\s*[.)]?\s*/u, '').trim();
  return {
    ...base,
    kind: 'project',
    number: readInteger(numText),
    numberRange: spanRange(projectCell.range.start.line, [numStart, numStart + numText.length]),
    name,
    nameRange: spanRange(projectCell.range.start.line, [span[0] + m[0].length, span[1]]),
    normName: normalizeThai(name),
  };
}

/** A count of projects in a total row: `จำนวน N …`, or `N โครงการ` (`รวม 9 โครงการ`). */
const COUNT =
  /จำนวน\s*([0-9\u0E50-\u0E59]+)|(?<![0-9\u0E50-\u0E59.])([0-9\u0E50-\u0E59]+)\s*(?:โครงการ|กิจกรรม|มาตรการ)/du;

/** Finds the project count in a total row and where its number is written. */
function readCount(cells: Cell[], raw: string, spans: [number, number][]): Pick<TableRow, 'count'> {
  for (const cell of cells) {
    const span = spans[cell.index];
    if (!span) continue;
    const m = COUNT.exec(raw.slice(span[0], span[1]));
    const idx = m?.indices?.[1] ?? m?.indices?.[2];
    if (m && idx) {
      const value = readInteger(m[1] ?? m[2] ?? '');
      if (value !== null)
        return {
          count: {
            value,
            range: spanRange(cell.range.start.line, [span[0] + idx[0], span[0] + idx[1]]),
          },
        };
    }
  }
  return {};
}
