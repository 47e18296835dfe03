// Reads the year range a user types for a new plan (`2566-2570`, Thai digits, `พ.ศ.`), with the reason
// when it is not a Buddhist-era range. Pure and dependency-free, so the client can validate as the user types.
import { thaiDigitsToArabic } from '../parse/thai.js';

/** Difference between Buddhist-era and Common-era years. */
export const BE_OFFSET = 543;
/** The longest plan accepted, in years (NACC plans run 4–5 years). */
export const MAX_PLAN_YEARS = 10;

/** Why a text is not a plan's year range. */
export type YearRangeProblem = 'format' | 'not-buddhist-era' | 'order' | 'too-long';

/** The years read, or the problem. */
export type YearRange =
  { ok: true; first: number; last: number } | { ok: false; problem: YearRangeProblem };

/** Reads `first-last` (any dash, or `ถึง`), optionally after `พ.ศ.`; both years Buddhist era, at most 10 years. */
export function parseYearRange(text: string): YearRange {
  const t = thaiDigitsToArabic(text)
    .trim()
    .replace(/^(?:พ\.\s*ศ\.?|BE)\s*/iu, '');
  const m = /^(\d{4})\s*(?:[-–—]|ถึง)\s*(\d{4})$/u.exec(t);
  if (!m) return { ok: false, problem: 'format' };
  const first = Number(m[1]);
  const last = Number(m[2]);
  if (first < 2400 || last < 2400 || first > 2700 || last > 2700)
    return { ok: false, problem: 'not-buddhist-era' };
  if (last < first) return { ok: false, problem: 'order' };
  if (last - first + 1 > MAX_PLAN_YEARS) return { ok: false, problem: 'too-long' };
  return { ok: true, first, last };
}
