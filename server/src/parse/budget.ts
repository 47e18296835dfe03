// Reads a project's budget section: ไม่ใช้งบประมาณ, one amount for every year, amounts per year, or a year table.
import type { Budget, Range, Satang } from '../model/types.js';
import type { FoundTable } from './table.js';
import { normalizeThai, parseAmount } from './thai.js';

const AMOUNT = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?';
const PER_YEAR = new RegExp(
  `(?:ปี|พ\\.ศ\\.|year)\\s*(?:งบประมาณ\\s*)?(?:พ\\.ศ\\.\\s*)?(25\\d\\d)\\D{0,40}?${AMOUNT}\\s*บาท`,
  'giu',
);
const ANY_AMOUNT = new RegExp(`${AMOUNT}\\s*บาท`, 'gu');
const NO_BUDGET = /ไม่ใช้งบ(?:ประมาณ)?|ไม่มีงบ(?:ประมาณ)?|no budget/iu;

/** Satang from a regex match's baht and satang groups. */
function toSatang(baht: string | undefined, satang: string | undefined): Satang {
  return BigInt((baht ?? '0').replace(/,/g, '')) * 100n + BigInt((satang ?? '0').padEnd(2, '0'));
}

/** Reads a table with year columns: the row named รวม if any, else the last row. */
function fromTable(table: FoundTable, years: number[]): Map<number, Satang> | null {
  const header = (table.rows[0] ?? []).map((h) => normalizeThai(h));
  const body = table.rows.slice(1);
  const row = body.find((r) => /^รวม/.test(normalizeThai(r[0] ?? ''))) ?? body[body.length - 1];
  if (!row) return null;
  const out = new Map<number, Satang>();
  header.forEach((h, i) => {
    const y = /(25\d\d)/.exec(h);
    const value = parseAmount(row[i] ?? '').value;
    if (y && value !== null && (years.length === 0 || years.includes(Number(y[1]))))
      out.set(Number(y[1]), value);
  });
  return out.size ? out : null;
}

/** Reads the budget from the section's text and tables; `years` are the plan years. */
export function readBudget(
  text: string,
  tables: FoundTable[],
  years: number[],
  range: Range,
): Budget {
  const t = normalizeThai(text);
  if (t === '' && tables.length === 0) return { kind: 'absent', amounts: new Map(), range };
  const each = (v: Satang): Map<number, Satang> => new Map(years.map((y) => [y, v]));
  for (const table of tables) {
    const amounts = fromTable(table, years);
    if (amounts) return { kind: 'table', amounts, range };
  }
  const perYear = new Map<number, Satang>();
  for (const m of t.matchAll(PER_YEAR)) perYear.set(Number(m[1]), toSatang(m[2], m[3]));
  if (perYear.size) {
    for (const y of years) if (!perYear.has(y)) perYear.set(y, 0n);
    return { kind: 'per-year', amounts: perYear, range };
  }
  const amounts = [...t.matchAll(ANY_AMOUNT)].map((m) => toSatang(m[1], m[2]));
  const distinct = [...new Set(amounts)];
  if (distinct.length === 1)
    return { kind: 'uniform', amounts: each(distinct[0] as Satang), range };
  if (NO_BUDGET.test(t)) return { kind: 'none', amounts: each(0n), range };
  const bare = parseAmount(t);
  if (bare.value !== null) return { kind: 'uniform', amounts: each(bare.value), range };
  return { kind: 'unreadable', amounts: new Map(), range };
}
