// Summary → an Excel workbook (exceljs) in the NACC layout: merged dimension/mission cells, real SUM
// formulas with their exact values cached, Thai font, frozen header; a second sheet lists the problems.
// A development plan gets its ผ.01 and ผ.02 sheets instead of the NACC one (development-xlsx.ts).
import type ExcelJS from 'exceljs';
import type { Summary } from '../model/summary.js';
import { formatMessage, type Locale } from '../i18n/index.js';
import type { ExportContext } from './context.js';
import { addDevelopmentSheets } from './development-xlsx.js';
import { LABELS, tableLayout, type LayoutRow } from './layout.js';
import {
  BORDER,
  columnLetter,
  commitSheet,
  HEADER_FILL,
  setAmount,
  setFormula,
  sumOf,
  THAI_FONT,
} from './xlsx-cells.js';
import { addProblemsSheet } from './xlsx-problems.js';

export { columnLetter, THAI_FONT } from './xlsx-cells.js';

/** The table's first rows: title, organization, header; the header stays frozen. */
const TITLE_ROW = 1;
const ORGANIZATION_ROW = 2;
export const HEADER_ROW = 3;

/** Fixed columns: มิติ, ภารกิจตามมิติ, โครงการ; years start after them. */
const TEXT_COLUMNS = 3;
/**
 * Renders the summary as XLSX bytes (a development plan: its ผ.01 and ผ.02 sheets); throws
 * `AmountRangeError` for an amount Excel cannot hold exactly.
 */
export async function renderXlsx(
  summary: Summary,
  context: ExportContext = {},
): Promise<Uint8Array> {
  const locale = context.locale ?? 'th';
  // Loaded on first use: exceljs is large, and most runs never write a workbook.
  const { default: excel } = await import('exceljs');
  if (summary.development) {
    const workbook = new excel.Workbook();
    workbook.creator = 'plancheck';
    addDevelopmentSheets(workbook, summary, summary.development);
    addProblemsSheet(workbook, context.problems ?? [], locale);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  // The NACC table is streamed: each row is written out once it is complete (rows and merges only
  // ever reach downwards), so a 5,000-project workbook is never held as a whole model of cells.
  const { PassThrough } = await import('node:stream');
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new excel.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'plancheck';
  addSummarySheet(workbook, summary, locale);
  addProblemsSheet(workbook, context.problems ?? [], locale);
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
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
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });
  sheet.getRow(HEADER_ROW).commit();
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
    excelRow.commit();
  });
  commitSheet(sheet);
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
