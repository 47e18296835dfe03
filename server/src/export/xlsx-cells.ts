// The cell styling and amount writing shared by the workbook's sheets: the Thai font, borders, the
// header fill, exact amounts, and SUM formulas whose exact values are cached.
import type ExcelJS from 'exceljs';
import type { Satang } from '../model/types.js';
import { excelAmount } from './excel-amount.js';

/** The font of every cell; charset 222 (Thai) lets Excel pick a Thai font if this one is missing. */
export const THAI_FONT = { name: 'TH Sarabun New', size: 16, charset: 222 } as const;

const thin = { style: 'thin' } as const;
/** A thin border on every side. */
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** The fill of header cells. */
export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};

/** Excel's SUM takes at most 255 arguments. */
const SUM_ARGS = 255;

/** Writes an exact amount; throws `AmountRangeError` for one Excel cannot hold. */
export function setAmount(cell: ExcelJS.Cell, amount: Satang): void {
  const { value, numFmt } = excelAmount(amount);
  cell.value = value;
  cell.numFmt = numFmt;
}

/** A formula with its exact value cached, so Excel shows it before (and without) recalculating. */
export function setFormula(cell: ExcelJS.Cell, formula: string, amount: Satang | null): void {
  const { value, numFmt } = excelAmount(amount ?? 0n);
  cell.value = { formula, result: value };
  cell.numFmt = numFmt;
}

/** `SUM(a,b,…)`, nested when there are more arguments than Excel allows; `0` when there are none. */
export function sumOf(refs: string[]): string {
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

/**
 * Finishes a sheet of a streamed workbook (writes it out); a sheet of a workbook held in memory has
 * nothing to finish (its type declares `commit`, its object has none).
 */
export function commitSheet(sheet: ExcelJS.Worksheet): void {
  const streamed = sheet as { commit?: () => void };
  if (typeof streamed.commit === 'function') streamed.commit();
}
