// Cells of a development-plan table row, and the counts and amounts they hold.
import type { AmountCell, Cell } from '../../model/types.js';
import type { CountCell } from '../../model/development.js';
import { parseAmount } from '../amount.js';
import { splitRow } from '../table.js';
import { placeCells } from '../../model/cell.js';
import { normalizeThai, readInteger } from '../thai.js';

/** The cells of a row line, placed; `width` cells, those the line lacks marked absent. */
export function rowCells(
  texts: readonly string[],
  width: number,
  line: number,
  raw: string,
): Cell[] {
  return placeCells(texts, Math.max(width, texts.length), line, raw, splitRow(raw));
}

/** Reads an amount cell. */
export function amountCell(cell: Cell): AmountCell {
  const r = parseAmount(cell.text);
  return { cell, value: r.value, invalid: r.invalid };
}

/** Reads a project-count cell: `5`, `๕`, `5 โครงการ`, `-` (none); blank is unknown. */
export function countCell(cell: Cell): CountCell {
  const t = normalizeThai(cell.text.replace(/\*\*|__|[*_`]/g, ''))
    .replace(/\s*โครงการ$/u, '')
    .trim();
  if (t === '') return { cell, value: null, invalid: false };
  if (/^[-–—]+$/.test(t)) return { cell, value: 0, invalid: false };
  const n = readInteger(t.replace(/,/g, ''));
  return n === null ? { cell, value: null, invalid: true } : { cell, value: n, invalid: false };
}
