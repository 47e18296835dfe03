// Summary → an Excel workbook (exceljs) in the NACC layout: merged dimension/mission cells, real SUM
// formulas with their exact values cached, Thai font, frozen header; a second sheet lists the problems.
import type ExcelJS from 'exceljs';
import type { Satang } from '../model/types.js';
import type { Summary } from '../model/summary.js';
import { formatMessage, type Locale } from '../i18n/index.js';
import type { ExportContext, ExportProblem } from './context.js';
import { excelAmount } from './excel-amount.js';
import { LABELS, tableLayout, type LayoutRow } from './layout.js';

/** The font of every cell; charset 222 (Thai) lets Excel pick a Thai font if this one is missing. */
export const THAI_FONT = { name: 'TH Sarabun New', size: 16, charset: 222 } as const;

/** The table's first rows: title, organization, header; the header stays frozen. */
const TITLE_ROW = 1;
const ORGANIZATION_ROW = 2;
export const HEADER_ROW = 3;

/** Fixed columns: มิติ, ภารกิจตามมิติ, โครงการ; years start after them. */
const TEXT_COLUMNS = 3;
/** Excel's SUM takes at most 255 arguments. */
const SUM_ARGS = 255;

const thin = { style: 'thin' } as const;
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** Renders the summary as XLSX bytes; throws `AmountRangeError` for an amount Excel cannot hold exactly. */
export async function renderXlsx(
  summary: Summary,
  context: ExportContext = {},
): Promise<Uint8Array> {
  const locale = context.locale ?? 'th';
  // Loaded on first use: exceljs is large, and most runs never write a workbook.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'plancheck';
  addSummarySheet(workbook, summary, locale);
  addProblemsSheet(workbook, context.problems ?? [], locale);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function addSummarySheet(workbook: ExcelJS.Workbook, summary: Summary, locale: Locale): void {
  const years = summary.years;
  const totalCol = TEXT_COLUMNS + years.length + 1;
  const noteCol = totalCol + 1;
  const sheet = workbook.addWorksheet(formatMessage('export.sheet.summary', {}, locale), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  sheet.columns = [
    { width: 30 },
    { width: 34 },
    { width: 52 },
    ...years.map(() => ({ width: 14 })),
    { width: 16 },
    { width: 30 },
  ];
  sheet.getCell(TITLE_ROW, 1).value = summary.title ?? LABELS.defaultTitle;
  sheet.getCell(ORGANIZATION_ROW, 1).value = [summary.organization, LABELS.unit]
    .filter(Boolean)
    .join('  ');
  for (const r of [TITLE_ROW, ORGANIZATION_ROW]) {
    sheet.mergeCells(r, 1, r, noteCol);
    const cell = sheet.getCell(r, 1);
    cell.font = { ...THAI_FONT, bold: true, size: r === TITLE_ROW ? 20 : 16 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  const header = [
    LABELS.dimension,
    LABELS.mission,
    LABELS.project,
    ...years.map(LABELS.year),
    LABELS.total,
    LABELS.note,
  ];
  header.forEach((label, i) => {
    const cell = sheet.getCell(HEADER_ROW, i + 1);
    cell.value = label;
    cell.font = { ...THAI_FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = BORDER;
  });
  writeRows(sheet, tableLayout(summary).rows, years.length);
}

/** Writes the table rows under the header, with merges and formulas. */
function writeRows(sheet: ExcelJS.Worksheet, rows: LayoutRow[], yearCount: number): void {
  const firstAmountCol = TEXT_COLUMNS + 1;
  const totalCol = firstAmountCol + yearCount;
  const subtotalRows: number[] = [];
  let groupStart: number | undefined;
  rows.forEach((row, i) => {
    const r = HEADER_ROW + 1 + i;
    const excelRow = sheet.getRow(r);
    // Blank cells stay unset: inside a merge, setting one would overwrite the merged group's text.
    [row.dimension, row.mission, row.project].forEach((text, c) => {
      if (text !== '') excelRow.getCell(c + 1).value = text;
    });
    if (row.note !== '') excelRow.getCell(totalCol + 1).value = row.note;
    const isTotal = row.kind === 'subtotal' || row.kind === 'grand-total';
    if (!isTotal) groupStart ??= r;
    row.amounts.forEach((amount, k) => {
      const col = firstAmountCol + k;
      const letter = columnLetter(col);
      if (row.kind === 'subtotal') {
        const from = groupStart ?? r;
        setFormula(excelRow.getCell(col), `SUM(${letter}${from}:${letter}${r - 1})`, amount);
      } else if (row.kind === 'grand-total') {
        setFormula(excelRow.getCell(col), sumOf(subtotalRows.map((s) => `${letter}${s}`)), amount);
      } else if (amount !== null) setAmount(excelRow.getCell(col), amount);
    });
    if (row.total !== null) {
      const range = `${columnLetter(firstAmountCol)}${r}:${columnLetter(totalCol - 1)}${r}`;
      setFormula(excelRow.getCell(totalCol), `SUM(${range})`, row.total);
    }
    if (row.kind === 'subtotal') {
      subtotalRows.push(r);
      groupStart = undefined;
    }
    if (row.dimensionSpan > 1) sheet.mergeCells(r, 1, r + row.dimensionSpan - 1, 1);
    if (row.missionSpan > 1) sheet.mergeCells(r, 2, r + row.missionSpan - 1, 2);
    styleRow(excelRow, totalCol + 1, isTotal);
  });
}

/** Font, borders and alignment of one table row; total rows are bold. */
function styleRow(row: ExcelJS.Row, lastCol: number, bold: boolean): void {
  for (let c = 1; c <= lastCol; c++) {
    const cell = row.getCell(c);
    cell.font = { ...THAI_FONT, bold };
    cell.border = BORDER;
    const text = c <= TEXT_COLUMNS || c === lastCol;
    cell.alignment = text
      ? { vertical: 'top', wrapText: true }
      : { vertical: 'top', horizontal: 'right' };
  }
}

function setAmount(cell: ExcelJS.Cell, amount: Satang): void {
  const { value, numFmt } = excelAmount(amount);
  cell.value = value;
  cell.numFmt = numFmt;
}

/** A formula with its exact value cached, so Excel shows it before (and without) recalculating. */
function setFormula(cell: ExcelJS.Cell, formula: string, amount: Satang | null): void {
  const { value, numFmt } = excelAmount(amount ?? 0n);
  cell.value = { formula, result: value };
  cell.numFmt = numFmt;
}

/** `SUM(a,b,…)`, nested when there are more arguments than Excel allows; `0` when there are none. */
function sumOf(refs: string[]): string {
  if (refs.length === 0) return '0';
  if (refs.length <= SUM_ARGS) return `SUM(${refs.join(',')})`;
  const parts: string[] = [];
  for (let i = 0; i < refs.length; i += SUM_ARGS) parts.push(sumOf(refs.slice(i, i + SUM_ARGS)));
  return sumOf(parts);
}

/** 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function addProblemsSheet(
  workbook: ExcelJS.Workbook,
  problems: ExportProblem[],
  locale: Locale,
): void {
  const t = (key: Parameters<typeof formatMessage>[0]): string => formatMessage(key, {}, locale);
  const sheet = workbook.addWorksheet(t('export.sheet.problems'), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = [
    { header: t('export.problems.line'), width: 10 },
    { header: t('export.problems.level'), width: 16 },
    { header: t('export.problems.check'), width: 26 },
    { header: t('export.problems.message'), width: 110 },
  ];
  const levels = {
    error: t('export.level.error'),
    warning: t('export.level.warning'),
    hint: t('export.level.hint'),
  };
  for (const p of problems) sheet.addRow([p.line, levels[p.level], p.checkId, p.message]);
  if (problems.length === 0) sheet.addRow(['', '', '', t('export.problems.none')]);
  sheet.eachRow((row, r) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...THAI_FONT, bold: r === 1 };
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
  if (problems.length > 0) sheet.autoFilter = { from: 'A1', to: 'D1' };
}
