// Helpers of the development-plan checks: how a ผ.01 row is named in messages, and a cell rewritten
// in the cell's own style (bold kept, Thai digits kept).
import type { Cell, Plan } from '../model/types.js';
import type { DevProgramme, DevSummaryRow } from '../model/development.js';
import type { Edit } from './types.js';
import { formatBaht } from '../parse/thai.js';
import { digitsLike, textAt } from './util.js';

/** The ผ.01 row as its author reads it: `1.1 แผนงาน…`, `รวม ยุทธศาสตร์ที่ 1`, `รวมทั้งสิ้น`. */
export function rowName(row: DevSummaryRow, rows: readonly DevSummaryRow[]): string {
  if (row.kind === 'subtotal') {
    const s = rows[row.strategyRow];
    return s?.strategyNumber != null ? `รวม ยุทธศาสตร์ที่ ${s.strategyNumber}` : 'รวม';
  }
  if (row.kind === 'grand-total') return 'รวมทั้งสิ้น';
  if (row.kind === 'strategy') return `ยุทธศาสตร์ที่ ${row.strategyNumber ?? '?'}`;
  const n =
    row.strategyNumber !== null && row.number !== null
      ? `${row.strategyNumber}.${row.number} `
      : '';
  return `${n}${row.title}`;
}

/** Rewrites a cell's content, keeping `**bold**` and the digits it is written in. */
export function cellEdit(plan: Plan, cell: Cell, text: string): Edit {
  const old = textAt(plan, cell.range);
  const bold = /^\*\*.*\*\*$/.test(old) ? '**' : '';
  const sample = cell.text;
  const newText = `${bold}${digitsLike(text, sample)}${bold}`;
  return { range: cell.range, newText: cell.absent ? ` ${newText} |` : newText };
}

/** A count as ผ.01 writes it: `-` for none. */
export function countText(n: number): string {
  return n === 0 ? '-' : String(n);
}

/** An amount as ผ.01 writes it: thousands commas, `-` for none. */
export function amountText(v: bigint, like?: string): string {
  return v === 0n ? '-' : formatBaht(v, like);
}

/** The plan's years as a span for messages (`2566–2570`). */
export function yearSpan(years: readonly number[]): string {
  return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? '');
}

/** A cell's value for messages: its text, or `-` when blank. */
export function shown(cell: Cell): string {
  return cell.text.trim() === '' ? '(ว่าง / blank)' : cell.text.replace(/\*\*/g, '').trim();
}

/** The name of a แผนงาน in messages: `1.1 แผนงานเคหะและชุมชน`. */
export function programmeName(p: DevProgramme): string {
  const n =
    p.strategyNumber !== null && p.number !== null ? `${p.strategyNumber}.${p.number} ` : '';
  return `${n}${p.title}`;
}
