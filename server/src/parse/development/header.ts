// The header of a development-plan table, one row or two: a second row under merged cells (`ปี 2566`
// over `จำนวนโครงการ | งบประมาณ`, `งบประมาณ` over the years) gives each column its full label.
import { normalizeThai } from '../thai.js';

const YEAR = /(?<![0-9])(2[45][0-9]{2})(?![0-9])/;
const HEADER_WORD = /งบประมาณ|บาท|จำนวน|โครงการ|ปี|รวม|budget|baht|count|year|total/i;

/** The year a label names (`ปี 2566`, `2566 (บาท)`), or null. */
export function yearOf(label: string): number | null {
  const m = YEAR.exec(normalizeThai(label));
  return m ? Number(m[1]) : null;
}

/**
 * True when the first body row is a second header row: its first cell is empty and every other filled
 * cell is a header word or a year (never a count or an amount).
 */
export function isSecondHeader(cells: readonly string[]): boolean {
  if (normalizeThai(cells[0] ?? '') !== '') return false;
  let words = 0;
  for (const raw of cells.slice(1)) {
    const t = normalizeThai(raw);
    if (t === '') continue;
    const rest = t.replace(YEAR, '');
    if (/[0-9]/.test(rest) && !/5\s*ปี/.test(rest)) return false;
    if (!HEADER_WORD.test(t) && !YEAR.test(t)) return false;
    words++;
  }
  return words > 0;
}

/** Each column's label: the top cell (a merged one carried right) and the cell below it, when given. */
export function headerLabels(top: readonly string[], second?: readonly string[]): string[] {
  let carried = '';
  return top.map((raw, i) => {
    const t = normalizeThai(raw);
    const below = second ? normalizeThai(second[i] ?? '') : '';
    if (t !== '') carried = t;
    const head = t !== '' ? t : below !== '' && i > 0 ? carried : '';
    return [head, below].filter((s) => s !== '').join(' ');
  });
}
