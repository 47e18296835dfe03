// Reads the summary table: finds its columns by header text, then reads each row's group, project and amounts.
import type {
  AmountCell,
  Cell,
  GroupRef,
  Range,
  SummaryTable,
  TableColumns,
  TableRow,
} from '../model/types.js';
import { normalizeThai, parseAmount, readInteger, thaiDigitsToArabic } from './thai.js';

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

const YEAR = /(?<![0-9])(2[45][0-9]{2})(?![0-9])/;

/** Finds which column holds what. Null when the header has no project column or no year column. */
export function readColumns(
  header: string[],
  line: number,
  spans: [number, number][],
): TableColumns | null {
  const cols: Partial<TableColumns> & { years: TableColumns['years'] } = { years: [] };
  header.forEach((raw, index) => {
    const t = normalizeThai(raw);
    const year = YEAR.exec(t);
    const span = spans[index] ?? [0, 0];
    if (year) cols.years.push({ year: Number(year[1]), index, range: at(line, span) });
    else if (/โครงการ|project/i.test(t) && cols.project === undefined) cols.project = index;
    else if (/^(มิติ|ยุทธศาสตร์|dimension|strategy)/i.test(t) && cols.dimension === undefined)
      cols.dimension = index;
    else if (/^(ภารกิจ|แผนงาน|mission|programme)/i.test(t) && cols.mission === undefined)
      cols.mission = index;
    else if (/^(รวม|total)/i.test(t) && cols.total === undefined) cols.total = index;
    else if (/^(หมายเหตุ|note)/i.test(t) && cols.note === undefined) cols.note = index;
  });
  if (cols.project === undefined || cols.years.length === 0) return null;
  return cols as TableColumns;
}

/** A range on one line. */
function at(line: number, [a, b]: [number, number]): Range {
  return { start: { line, character: a }, end: { line, character: b } };
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

/** Reads the whole summary table; `lines` are the document's lines. */
export function readSummaryTable(found: FoundTable, lines: string[]): SummaryTable | null {
  const headerLine = found.startLine;
  const header = found.rows[0] ?? [];
  const columns = readColumns(header, headerLine, splitRow(lines[headerLine] ?? ''));
  if (!columns) return null;
  const rows: TableRow[] = [];
  let dimension: GroupRef | undefined;
  let mission: GroupRef | undefined;
  found.rows.slice(1).forEach((texts, k) => {
    const line = headerLine + 2 + k;
    const raw = lines[line] ?? '';
    const spans = splitRow(raw);
    const cells: Cell[] = header.map((_, index) => ({
      text: texts[index] ?? '',
      index,
      range: at(line, spans[index] ?? [raw.length, raw.length]),
      ...(spans[index] ? {} : { absent: true }),
    }));
    const kind = rowKind(cells);
    const dimCell = columns.dimension !== undefined ? cells[columns.dimension] : undefined;
    const misCell = columns.mission !== undefined ? cells[columns.mission] : undefined;
    if (!kind && dimCell && dimCell.text) {
      dimension = readGroup(dimCell, false);
      mission = undefined;
    }
    if (!kind && misCell && misCell.text) mission = readGroup(misCell, true);
    const row = readRow(cells, columns, kind, raw, spans);
    rows.push({
      ...row,
      line,
      range: at(line, [0, raw.length]),
      ...(dimension ? { dimension } : {}),
      ...(mission && !kind ? { mission } : {}),
    });
    if (kind === 'subtotal') mission = undefined;
  });
  return {
    range: {
      start: { line: headerLine, character: 0 },
      end: { line: found.endLine, character: (lines[found.endLine] ?? '').length },
    },
    headerRange: at(headerLine, [0, (lines[headerLine] ?? '').length]),
    columns,
    rows,
  };
}

/** Reads the project cell, amounts, total, count and note of one row. */
function readRow(
  cells: Cell[],
  columns: TableColumns,
  kind: TableRow['kind'] | null,
  raw: string,
  spans: [number, number][],
): Omit<TableRow, 'line' | 'range' | 'dimension' | 'mission'> {
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
    numberRange: at(projectCell.range.start.line, [numStart, numStart + numText.length]),
    name,
    nameRange: at(projectCell.range.start.line, [span[0] + m[0].length, span[1]]),
    normName: normalizeThai(name),
  };
}

/** Finds `จำนวน N` in a total row and where N is written. */
function readCount(cells: Cell[], raw: string, spans: [number, number][]): Pick<TableRow, 'count'> {
  for (const cell of cells) {
    const span = spans[cell.index];
    if (!span) continue;
    const m = /จำนวน\s*([0-9\u0E50-\u0E59]+)/du.exec(raw.slice(span[0], span[1]));
    const idx = m?.indices?.[1];
    if (m && idx) {
      const value = readInteger(m[1] ?? '');
      if (value !== null)
        return {
          count: { value, range: at(cell.range.start.line, [span[0] + idx[0], span[0] + idx[1]]) },
        };
    }
  }
  return {};
}
