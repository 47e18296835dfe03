// Money amounts as Thai offices write them: 20,000 / 20000.- / 20 000 / 20,000.00 บาท / - / ไม่ใช้งบ.
// An amount is read exactly as a person reads it, or it is invalid: never a guess.
import type { Satang } from '../model/types.js';
import { normalizeThai } from './thai.js';

/** Words that say a project spends nothing (in a cell or a budget section). */
export const NO_BUDGET =
  /ไม่(?:ได้|ต้อง)?ใช้(?:จ่าย)?งบ(?:ประมาณ)?|ไม่มีงบ(?:ประมาณ)?|ไม่มีค่าใช้จ่าย|ไม่ได้ตั้งงบ(?:ประมาณ)?|no budget/giu;

/** A text that is only the words of `NO_BUDGET`. */
const NO_BUDGET_ONLY = new RegExp(`^(?:${NO_BUDGET.source})$`, 'iu');
/** A cell of ASCII digits and commas, which normalising leaves as it is. */
const PLAIN = /^[0-9,]+$/;

// Baht with thousands commas (or single spaces, 20 000), optional satang, optional `.-` or `-` end.
const STRICT = /^(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00A0]\d{3})+|\d+)(?:\.(\d{1,2}))?(?:\.?-)?$/;
const RANGE = /^[\d,.]+\s*[-–—]\s*[\d,.]+$/;

/** What one amount word reads as: satang, or why it cannot be read. */
export type AmountWord = { value: Satang } | { bad: 'range' | 'unreadable' };

/** Reads one amount word (digits already Arabic, no `บาท`). */
export function readAmountWord(word: string): AmountWord {
  const m = STRICT.exec(word);
  if (m) {
    const baht = BigInt((m[1] ?? '0').replace(/[, \u00A0]/g, ''));
    return { value: baht * 100n + BigInt((m[2] ?? '0').padEnd(2, '0')) };
  }
  return { bad: RANGE.test(word) ? 'range' : 'unreadable' };
}

/** The result of reading an amount: a value in satang, blank (null, not invalid), or invalid. */
export interface AmountReading {
  value: Satang | null;
  invalid: boolean;
}

/**
 * Reads a money amount (a table cell): Arabic or Thai digits, thousands commas, optional `.dd`
 * satang, a `.-` end, `-` or `0` for zero, `ไม่ใช้งบประมาณ`, optional `บาท`/`บ.` and a spelled-out
 * amount in parentheses. A blank text is missing (null), not zero.
 */
export function parseAmount(text: string): AmountReading {
  // Digits and commas only (most cells): nothing below would change the text.
  if (PLAIN.test(text)) {
    const word = readAmountWord(text);
    return 'value' in word ? { value: word.value, invalid: false } : { value: null, invalid: true };
  }
  const t = normalizeThai(text)
    .replace(/\*\*|__|[*_`]/g, '')
    .replace(/\s*\([^()\d]*\)\s*$/u, '')
    .replace(/\s*(?:บาท|บ\.)\s*(?:\.-)?$/u, '')
    .trim();
  if (t === '') return { value: null, invalid: false };
  if (/^[-–—]+$/.test(t) || NO_BUDGET_ONLY.test(t)) return { value: 0n, invalid: false };
  const word = readAmountWord(t);
  return 'value' in word ? { value: word.value, invalid: false } : { value: null, invalid: true };
}
