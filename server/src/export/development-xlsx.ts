// A development plan's workbook sheets: "ผ.01", the summary in the form's layout (a year merged over
// its project count and budget, then รวม 5 ปี; bold strategy and total rows; SUM formulas with their
// exact values cached), and "ผ.02", every project row with its budget per year. `?` marks a figure
// that rests on a blank or unreadable ผ.02 cell.
import type ExcelJS from 'exceljs';
import type { DevelopmentForms, ProjectLine } from '../model/development-projects.js';
import type { SummaryLine } from '../model/development-summary.js';
import type { Summary } from '../model/summary.js';
import { DEV_LABELS, groupLabels, lineFigures } from './development-layout.js';
import {
  BORDER,
  columnLetter,
  HEADER_FILL,
  setAmount,
  setFormula,
  sumOf,
  THAI_FONT,
} from './xlsx-cells.js';

/** Sheet names: the forms' names. */
export const SUMMARY_SHEET = 'ผ.01';
export const PROJECTS_SHEET = 'ผ.02';

/** Both sheets: form name, plan title and organization on rows 1–3, a two-row header on 4–5. */
const TITLE_ROWS = 3;
export const DEV_HEADER_ROW = TITLE_ROWS + 1;
const FIRST_BODY_ROW = DEV_HEADER_ROW + 2;

/** Number format of project counts. */
const COUNT_FORMAT = '#,##0';
/** What an unknown figure shows. */
const UNKNOWN = '?';

/** Adds the ผ.01 and ผ.02 sheets of a development plan; throws `AmountRangeError` like the NACC sheet. */
export function addDevelopmentSheets(
  workbook: ExcelJS.Workbook,
  summary: Summary,
  forms: DevelopmentForms,
): void {
  addSummarySheet(workbook, summary, forms);
  addProjectsSheet(workbook, summary, forms);
}

function newSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  return workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: FIRST_BODY_ROW - 1 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${DEV_HEADER_ROW}:${FIRST_BODY_ROW - 1}`,
    },
  });
}

/** The form name, the plan title and the organization, each merged across the sheet. */
function titleRows(sheet: ExcelJS.Worksheet, form: string, summary: Summary, width: number): void {
  const texts = [form, summary.title ?? DEV_LABELS.defaultTitle, summary.organization ?? ''];
  texts.forEach((text, i) => {
    const r = i + 1;
    sheet.mergeCells(r, 1, r, width);
    const cell = sheet.getCell(r, 1);
    if (text !== '') cell.value = text;
    cell.font = { ...THAI_FONT, bold: true, size: r === 1 ? 20 : 16 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

/** A header cell (set on the merge's first cell only). */
function headerCell(sheet: ExcelJS.Worksheet, r: number, c: number, text?: string): void {
  const cell = sheet.getCell(r, c);
  if (text !== undefined) cell.value = text;
  cell.font = { ...THAI_FONT, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
}

function addSummarySheet(
  workbook: ExcelJS.Workbook,
  summary: Summary,
  forms: DevelopmentForms,
): void {
  const groups = groupLabels(forms.years);
  const width = 1 + 2 * groups.length;
  const sheet = newSheet(workbook, SUMMARY_SHEET);
  sheet.columns = [{ width: 56 }, ...groups.flatMap(() => [{ width: 12 }, { width: 17 }])];
  titleRows(sheet, DEV_LABELS.summaryForm, summary, width);
  const top = DEV_HEADER_ROW;
  sheet.mergeCells(top, 1, top + 1, 1);
  headerCell(sheet, top, 1, DEV_LABELS.strategy);
  headerCell(sheet, top + 1, 1);
  groups.forEach((label, g) => {
    const col = 2 + 2 * g;
    sheet.mergeCells(top, col, top, col + 1);
    headerCell(sheet, top, col, label);
    headerCell(sheet, top, col + 1);
    headerCell(sheet, top + 1, col, DEV_LABELS.count);
    headerCell(sheet, top + 1, col + 1, DEV_LABELS.budget);
  });
  writeSummaryRows(sheet, forms, width);
}

/** Writes the ผ.01 lines: values on แผนงาน rows, SUM formulas on the totals and the รวม 5 ปี columns. */
function writeSummaryRows(sheet: ExcelJS.Worksheet, forms: DevelopmentForms, width: number): void {
  const years = forms.years;
  const groupCount = years.length + 1;
  const subtotalRows: number[] = [];
  let firstProgramme: number | undefined;
  forms.lines.forEach((line, i) => {
    const r = FIRST_BODY_ROW + i;
    const row = sheet.getRow(r);
    row.getCell(1).value = line.label;
    const figures = lineFigures(line, years);
    if (line.kind === 'strategy') firstProgramme = undefined;
    if (line.kind === 'programme') firstProgramme ??= r;
    for (let g = 0; figures && g < groupCount; g++) {
      for (const [k, value] of [figures.counts[g], figures.amounts[g]].entries()) {
        const col = 2 + 2 * g + k;
        const letter = columnLetter(col);
        let formula: string | undefined;
        if (line.kind === 'subtotal' && firstProgramme !== undefined)
          formula = `SUM(${letter}${firstProgramme}:${letter}${r - 1})`;
        else if (line.kind === 'grand-total' && subtotalRows.length > 0)
          formula = sumOf(subtotalRows.map((s) => `${letter}${s}`));
        else if (line.kind === 'programme' && g === years.length && years.length > 0)
          // รวม 5 ปี of a แผนงาน: its year cells of the same kind (every other column).
          formula = sumOf(years.map((_, y) => `${columnLetter(2 + 2 * y + k)}${r}`));
        figureCell(row.getCell(col), value ?? null, formula);
      }
    }
    if (line.kind === 'subtotal') {
      subtotalRows.push(r);
      firstProgramme = undefined;
    }
    styleRow(row, width, isBold(line));
  });
}

function isBold(line: SummaryLine): boolean {
  return line.kind !== 'programme';
}

/** A count (number) or an amount (bigint): a value, or a formula with the value cached; `?` when unknown. */
function figureCell(cell: ExcelJS.Cell, value: number | bigint | null, formula?: string): void {
  if (value === null) {
    cell.value = UNKNOWN;
  } else if (typeof value === 'bigint') {
    if (formula) setFormula(cell, formula, value);
    else setAmount(cell, value);
  } else {
    cell.value = formula ? { formula, result: value } : value;
    cell.numFmt = COUNT_FORMAT;
  }
}

/** Font, borders and alignment of a body row: text in column 1 (and `textCols`), figures on the right. */
function styleRow(row: ExcelJS.Row, width: number, bold: boolean, textCols: number[] = [1]): void {
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.font = { ...THAI_FONT, bold };
    cell.border = BORDER;
    cell.alignment = textCols.includes(c)
      ? { vertical: 'top', wrapText: true }
      : { vertical: 'top', horizontal: 'right' };
  }
}

/** ผ.02 columns: ยุทธศาสตร์, แผนงาน, ที่, โครงการ, then the years, รวม and หมายเหตุ. */
const PROJECT_TEXT_COLUMNS = 4;

function addProjectsSheet(
  workbook: ExcelJS.Workbook,
  summary: Summary,
  forms: DevelopmentForms,
): void {
  const years = forms.years;
  const firstYearCol = PROJECT_TEXT_COLUMNS + 1;
  const totalCol = firstYearCol + years.length;
  const noteCol = totalCol + 1;
  const sheet = newSheet(workbook, PROJECTS_SHEET);
  sheet.columns = [
    { width: 40 },
    { width: 34 },
    { width: 6 },
    { width: 52 },
    ...years.map(() => ({ width: 14 })),
    { width: 16 },
    { width: 34 },
  ];
  titleRows(sheet, DEV_LABELS.projectsForm, summary, noteCol);
  const top = DEV_HEADER_ROW;
  const tall: [number, string][] = [
    [1, DEV_LABELS.strategy],
    [2, DEV_LABELS.programme],
    [3, DEV_LABELS.number],
    [4, DEV_LABELS.project],
    [totalCol, DEV_LABELS.total],
    [noteCol, DEV_LABELS.note],
  ];
  for (const [col, text] of tall) {
    sheet.mergeCells(top, col, top + 1, col);
    headerCell(sheet, top, col, text);
    headerCell(sheet, top + 1, col);
  }
  if (years.length > 0) sheet.mergeCells(top, firstYearCol, top, totalCol - 1);
  years.forEach((year, k) => {
    headerCell(sheet, top, firstYearCol + k, k === 0 ? DEV_LABELS.budget : undefined);
    headerCell(sheet, top + 1, firstYearCol + k, DEV_LABELS.year(year));
  });
  forms.projects.forEach((p, i) =>
    writeProjectRow(sheet.getRow(FIRST_BODY_ROW + i), p, years, noteCol),
  );
}

function writeProjectRow(
  row: ExcelJS.Row,
  p: ProjectLine,
  years: readonly number[],
  noteCol: number,
): void {
  const firstYearCol = PROJECT_TEXT_COLUMNS + 1;
  const totalCol = firstYearCol + years.length;
  [p.strategy, p.programme].forEach((text, c) => {
    if (text !== '') row.getCell(c + 1).value = text;
  });
  if (p.number !== null) row.getCell(3).value = p.number;
  row.getCell(4).value = p.name;
  years.forEach((y, k) => figureCell(row.getCell(firstYearCol + k), p.amounts.get(y) ?? null));
  const range = `${columnLetter(firstYearCol)}${row.number}:${columnLetter(totalCol - 1)}${row.number}`;
  figureCell(row.getCell(totalCol), p.total, years.length > 0 ? `SUM(${range})` : undefined);
  const unknown = years.filter((y) => p.amounts.get(y) === null);
  const note = [
    p.repeated ? DEV_LABELS.repeated : '',
    unknown.length > 0 ? DEV_LABELS.unknownYears(unknown) : '',
  ]
    .filter(Boolean)
    .join('; ');
  if (note !== '') row.getCell(noteCol).value = note;
  styleRow(row, noteCol, false, [1, 2, 4, noteCol]);
}
