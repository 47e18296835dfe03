// Reads a budget written as text: pairs each amount with the year(s) it is said for, and says what
// cannot be read instead of guessing.
import type { BudgetIssue, Range, Satang } from '../model/types.js';
import { type BudgetWord, lineWords, markTotals } from './budget-words.js';

/** What a budget text says: amounts per year (only years it settles) and what it leaves unclear. */
export interface TextBudget {
  kind: 'none' | 'uniform' | 'per-year' | 'unreadable';
  amounts: Map<number, Satang>;
  issues: BudgetIssue[];
}

type Amount = Extract<BudgetWord, { kind: 'amount' }>;

const rangeOf = (w: BudgetWord): Range => ({
  start: { line: w.line, character: w.from },
  end: { line: w.line, character: w.to },
});
/** A line's text by number. */
export type LineText = (line: number) => string;

const wordText = (w: BudgetWord, lines: LineText): string => lines(w.line).slice(w.from, w.to);
const sum = (values: Satang[]): Satang => values.reduce((a, b) => a + b, 0n);

/** The plan years from `first` to `last`. */
const span = (first: number, last: number): number[] =>
  Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);

/** Reads the text lines numbered `lineNumbers`; null when they hold no year, amount or none word. */
export function readBudgetText(
  lines: LineText,
  lineNumbers: number[],
  years: number[],
): TextBudget | null {
  const words = lineNumbers.flatMap((l) => lineWords(lines(l), l));
  markTotals(words, lines);
  if (words.length === 0) return null;
  const issues: BudgetIssue[] = [];
  const bad = words.filter((w) => w.kind === 'bad');
  for (const w of bad)
    issues.push({
      reason: w.kind === 'bad' ? w.reason : 'unreadable',
      range: rangeOf(w),
      text: wordText(w, lines),
    });
  if (bad.length) return { kind: 'unreadable', amounts: new Map(), issues };

  const explicit = new Map<number, { value: Satang; word: BudgetWord }>();
  const defaults: Amount[] = [];
  const loose: Amount[] = [];
  let none: BudgetWord | undefined;
  let pending: { years: number[]; word: BudgetWord }[] = [];
  // Years that took the amount before them, and that amount.
  const after = new Map<BudgetWord, Amount>();
  const give = (ys: { years: number[]; word: BudgetWord }[], value: Satang, word: BudgetWord) => {
    for (const { years: list, word: yearWord } of ys)
      for (const y of list) {
        const had = explicit.get(y);
        if (had && had.value !== value)
          issues.push({
            reason: 'conflict',
            range: rangeOf(word),
            text: wordText(word, lines),
            year: y,
          });
        explicit.set(y, { value, word: yearWord });
      }
  };
  words.forEach((w, k) => {
    const next = words[k + 1];
    const sameLineNext = next && next.line === w.line ? next : undefined;
    if (w.kind === 'year' || w.kind === 'years') {
      const list = w.kind === 'year' ? [w.year] : span(w.first, w.last);
      const prev = words[k - 1];
      // "20,000 บาท ปี 2568 (และ 2569)": years right after an amount no year claimed, on its line.
      const claimed = prev?.kind === 'amount' ? prev : prev && after.get(prev);
      if (
        claimed &&
        claimed.line === w.line &&
        (loose[loose.length - 1] === claimed || after.has(prev as BudgetWord)) &&
        sameLineNext?.kind !== 'amount'
      ) {
        if (loose[loose.length - 1] === claimed) loose.pop();
        after.set(w, claimed);
        give([{ years: list, word: w }], claimed.value, w);
        return;
      }
      if (prev?.kind === 'none' && prev.line === w.line && none === prev) {
        none = undefined;
        give([{ years: list, word: w }], 0n, w);
        return;
      }
      pending.push({ years: list, word: w });
      return;
    }
    if (w.kind === 'none') {
      if (pending.length) give(pending, 0n, w);
      else none = w;
      pending = [];
      return;
    }
    if (w.kind !== 'amount') return;
    if (pending.length) give(pending, w.value, w);
    else if (w.total) loose.push(w);
    else if (w.each) defaults.push(w);
    else loose.push(w);
    pending = [];
  });
  return settle({ explicit, defaults, loose, none, issues, years, lines });
}

interface Reading {
  explicit: Map<number, { value: Satang; word: BudgetWord }>;
  defaults: Amount[];
  loose: Amount[];
  none: BudgetWord | undefined;
  issues: BudgetIssue[];
  years: number[];
  lines: LineText;
}

/** Turns the paired words into amounts per year, or issues where the text leaves them unclear. */
function settle(r: Reading): TextBudget {
  const { explicit, defaults, loose, none, issues, years, lines } = r;
  const unclear = (w: BudgetWord): BudgetIssue => ({
    reason: 'ambiguous',
    range: rangeOf(w),
    text: wordText(w, lines),
  });
  // A year outside the plan: its amount goes nowhere, so say so.
  const stated = explicit.size > 0;
  if (years.length)
    for (const [y, { word }] of explicit)
      if (!years.includes(y)) {
        issues.push({
          reason: 'year-outside',
          range: rangeOf(word),
          text: wordText(word, lines),
          year: y,
        });
        explicit.delete(y);
      }
  const distinctDefaults = new Set(defaults.map((d) => d.value));
  if (distinctDefaults.size > 1) issues.push(unclear(defaults[1] as Amount));
  const totals = loose.filter((w) => w.total);
  const items = loose.filter((w) => !w.total);
  if (issues.some((i) => i.reason !== 'year-outside'))
    return { kind: 'unreadable', amounts: new Map(), issues };

  if (stated || defaults.length) {
    const base = defaults[0]?.value;
    const planYears = years.length ? years : [...explicit.keys()].sort();
    const amounts = new Map<number, Satang>();
    for (const y of planYears) amounts.set(y, explicit.get(y)?.value ?? base ?? 0n);
    // Any amount with no year is a stated total of the years, or unclear.
    const whole = sum([...amounts.values()]);
    for (const w of [...totals, ...items]) {
      if (w.value === whole || (base !== undefined && w.value === base && !w.total)) continue;
      issues.push(
        w.total
          ? {
              reason: 'sum',
              range: rangeOf(w),
              text: wordText(w, lines),
              expected: whole,
              actual: w.value,
            }
          : unclear(w),
      );
    }
    if (issues.some((i) => i.reason !== 'year-outside'))
      return { kind: 'unreadable', amounts: new Map(), issues };
    return { kind: stated ? 'per-year' : 'uniform', amounts, issues };
  }
  const each = (v: Satang) => new Map(years.map((y) => [y, v]));
  if (totals.length) {
    // Cost lines and their total: the total is the amount; the lines must add up to it.
    const total = totals[totals.length - 1] as Amount;
    if (new Set(totals.map((t) => t.value)).size > 1) issues.push(unclear(total));
    else if (items.length && sum(items.map((i) => i.value)) !== total.value)
      issues.push({
        reason: 'sum',
        range: rangeOf(total),
        text: wordText(total, lines),
        expected: sum(items.map((i) => i.value)),
        actual: total.value,
      });
    if (issues.length) return { kind: 'unreadable', amounts: new Map(), issues };
    return { kind: 'uniform', amounts: each(total.value), issues };
  }
  const distinct = new Set(items.map((i) => i.value));
  if (distinct.size === 1 && !none)
    return { kind: 'uniform', amounts: each(items[0]?.value ?? 0n), issues };
  if (distinct.size > 1) {
    issues.push(unclear(items[1] as Amount));
    return { kind: 'unreadable', amounts: new Map(), issues };
  }
  if (none && distinct.size === 0) return { kind: 'none', amounts: each(0n), issues };
  if (none && items[0]) issues.push(unclear(items[0]));
  return { kind: 'unreadable', amounts: new Map(), issues };
}
