// The words of a budget text, with their places: years, year ranges, amounts, "no budget" and
// amount words that cannot be read. Pairing them with years is budget-text.ts's job.
import { NO_BUDGET, readAmountWord } from './amount.js';
import { thaiDigitsToArabic } from './thai.js';

/** One word of a budget text; `from`/`to` are character offsets in line `line`. */
export type BudgetWord = {
  line: number;
  from: number;
  to: number;
} & (
  | { kind: 'year'; year: number }
  | { kind: 'years'; first: number; last: number }
  | { kind: 'none' }
  | { kind: 'amount'; value: bigint; each: boolean; total: boolean }
  | { kind: 'bad'; reason: 'range' | 'unreadable' }
);

// A number-like run: starts with a digit, may hold letters people mistake for digits (O, o, l, e).
const RUN = /\d[\dOoIle,.+\-–—]*/gu;
const YEAR_RANGE = /(25\d\d)\s*[-–—]\s*(25\d\d)/gu;
// Ordered-list markers and bullets at a line's start are not amounts.
const MARKER = /^(\s*)(?:[-*+•]|\d{1,2}[.)])(?=\s)/u;
const AFTER_BAHT = /^[\s*_`]*(?:บาท|บ\.)/u;
const EACH_AFTER = /^[\s*_`]*(?:บาท|บ\.)?\s*(?:\/\s*ปี|ต่อปี|ทุกปี)/u;
const EACH_BEFORE = /(?:ปีละ|ทุกปี|ต่อปี|each year|per year)[\s:=*_]*$/iu;
const CUE_BEFORE = /(?:ปีละ|งบประมาณ|เป็นเงิน|จำนวนเงิน|จำนวน|รวม|ทั้งสิ้น|ทั้งหมด|[=:])[\s*_]*$/iu;
const YEAR_BEFORE = /(?:ปี|พ\.ศ\.|year|FY)\s*(?:งบประมาณ\s*)?(?:พ\.ศ\.\s*)?$/iu;
// An amount without บาท ends the clause: ปีละ 20,000 / 2566 = 20,000 (ปี 2567 …).
const BARE_AFTER = /^\s*(?:$|[(,;/]|ต่อปี|ทุกปี|ปี\s*(?:งบประมาณ\s*)?(?:พ\.ศ\.\s*)?25\d\d)/u;
const TOTAL_BEFORE = /รวม|ทั้งสิ้น|total/iu;

/** Blanks `[from, to)` of `s`, keeping its length (so offsets stay valid). */
function blank(s: string, from: number, to: number): string {
  return s.slice(0, from) + ' '.repeat(to - from) + s.slice(to);
}

/** The words of one line; `text` is the line as written. */
export function lineWords(text: string, line: number): BudgetWord[] {
  let s = thaiDigitsToArabic(text).replace(/[*_`]/g, ' ');
  const marker = MARKER.exec(s);
  if (marker) s = blank(s, (marker[1] ?? '').length, marker[0].length);
  const words: BudgetWord[] = [];
  for (const m of s.matchAll(NO_BUDGET)) {
    words.push({ line, from: m.index, to: m.index + m[0].length, kind: 'none' });
    s = blank(s, m.index, m.index + m[0].length);
  }
  for (const m of s.matchAll(YEAR_RANGE)) {
    const [first, last] = [Number(m[1]), Number(m[2])];
    if (AFTER_BAHT.test(s.slice(m.index + m[0].length))) continue; // 2566-2570 บาท: an amount range
    words.push({ line, from: m.index, to: m.index + m[0].length, kind: 'years', first, last });
    s = blank(s, m.index, m.index + m[0].length);
  }
  let afterYear = false;
  for (const run of runs(s)) {
    const word = classify(s, run.from, run.to, line, afterYear);
    afterYear = word?.kind === 'year';
    if (word) words.push(word);
  }
  return words.sort((a, b) => a.from - b.from);
}

/** The number-like runs, with `20 000` (1–3 digits, then groups of exactly three) as one run. */
function runs(s: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const m of s.matchAll(RUN)) {
    const to = m.index + m[0].replace(/[.,]+$/, '').length; // a full stop or comma ends a clause
    const prev = out[out.length - 1];
    if (
      prev &&
      /^[ \u00A0]$/.test(s.slice(prev.to, m.index)) &&
      /^\d{1,3}(?:[ \u00A0]\d{3})*$/.test(s.slice(prev.from, prev.to)) &&
      /^\d{3}(?![\d,])/.test(s.slice(m.index, to))
    )
      prev.to = to;
    else out.push({ from: m.index, to });
  }
  return out;
}

/** What a run is: a year (when said: ปี 2566, 2566 =), an amount (when money is said: บาท, `.-`, ปีละ,
 * =, …), an amount that cannot be read, or nothing (a date, a count). */
function classify(
  s: string,
  from: number,
  to: number,
  line: number,
  afterYear: boolean,
): BudgetWord | null {
  const word = s.slice(from, to);
  const after = s.slice(to);
  const before = s.slice(0, from);
  const baht = AFTER_BAHT.test(after) || /\.?-$/.test(word);
  if (/^25\d\d$/.test(word) && !baht) {
    const said =
      YEAR_BEFORE.test(before) ||
      /^\s*$/.test(before) ||
      /^\s*[=:]/.test(after) ||
      (afterYear && /(?:,|และ|หรือ|\/|&)\s*$/u.test(before));
    return said ? { line, from, to, kind: 'year', year: Number(word) } : null;
  }
  if (!baht && !(CUE_BEFORE.test(before) && BARE_AFTER.test(after))) return null;
  const read = readAmountWord(word);
  if ('bad' in read) return { line, from, to, kind: 'bad', reason: read.bad };
  return {
    line,
    from,
    to,
    kind: 'amount',
    value: read.value,
    each: EACH_BEFORE.test(before) || EACH_AFTER.test(after),
    total: false,
  };
}

/** Marks amounts said to be totals: รวม/ทั้งสิ้น since the previous amount on the same line. */
export function markTotals(words: BudgetWord[], lines: (line: number) => string): void {
  const prevEnd = new Map<number, number>();
  for (const w of words) {
    if (w.kind !== 'amount') continue;
    const stretch = lines(w.line).slice(prevEnd.get(w.line) ?? 0, w.from);
    w.total = TOTAL_BEFORE.test(stretch);
    prevEnd.set(w.line, w.to);
  }
}
