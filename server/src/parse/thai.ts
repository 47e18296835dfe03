// Thai text helpers: normalisation before comparison, Thai digits, and exact money amounts in satang.
import type { Satang } from '../model/types.js';
import { BoundedMap } from '../bounded-map.js';

const THAI_ZERO = 0x0e50;

/** Replaces Thai digits ๐–๙ by 0–9, keeping the string length (so ranges stay valid). */
export function thaiDigitsToArabic(s: string): string {
  return s.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** True when the text contains a Thai digit. */
export function hasThaiDigits(s: string): boolean {
  return /[\u0E50-\u0E59]/.test(s);
}

/** Replaces 0–9 by Thai digits. */
export function arabicToThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/**
 * Normalises Thai text for comparison: NFC, Thai digits → Arabic, curly quotes → straight,
 * zero-width characters removed, whitespace collapsed, trimmed.
 */
export function normalizeThai(s: string): string {
  if (s.length > MEMO_MAX_LENGTH) return normalizeUncached(s);
  let out = memo.get(s);
  if (out === undefined) {
    out = normalizeUncached(s);
    memo.set(s, out);
  }
  return out;
}

// Names, titles and cells are normalised again at every keystroke: short strings are memoised.
const MEMO_MAX_LENGTH = 300;
const MEMO_SIZE = 50_000;
const memo = new BoundedMap<string, string>(MEMO_SIZE);

/** Empties the normalisation memo (for cold-start measurements and tests). */
export function clearNormalizeMemo(): void {
  memo.clear();
}

/** normalizeThai without the memo. */
function normalizeUncached(s: string): string {
  return thaiDigitsToArabic(s.normalize('NFC'))
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a number written with Arabic or Thai digits, possibly a Latin `o`/`O` standing in for 0. */
export function readInteger(s: string): number | null {
  const t = thaiDigitsToArabic(s.trim());
  return /^\d+$/.test(t) ? Number(t) : null;
}

/**
 * Formats satang as baht with thousands commas; satang shown only when not whole.
 * `like` (an existing cell's text) decides Thai or Arabic digits and whether `.00` is kept.
 */
export function formatBaht(value: Satang, like?: string): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const baht = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = abs % 100n;
  const keepFraction = frac !== 0n || (like !== undefined && /\.\d\d\s*(บาท)?\s*$/.test(like));
  let out =
    (negative ? '-' : '') + baht + (keepFraction ? '.' + frac.toString().padStart(2, '0') : '');
  if (like !== undefined && hasThaiDigits(like)) out = arabicToThaiDigits(out);
  return out;
}
