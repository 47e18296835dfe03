// plan-span: prose that states this plan's span (e.g. "5 ปี (พ.ศ.2566 – 2577)") but gets it wrong.
import { thaiDigitsToArabic } from '../parse/thai.js';
import type { Check, Problem } from './types.js';
import { digitsLike, lineRange, proseLines } from './util.js';
import { spanText } from './year-columns.js';

/** A range of Buddhist-era years, `2566 – 2570` (any dash, optional พ.ศ. before the second year). */
const RANGE = /(?<![0-9])(25[0-9]{2})(\s*[-–—‐‑‒―−]\s*(?:พ\.\s*ศ\.\s*)?)(25[0-9]{2})(?![0-9])/gu;
/** Text just before a range that ties it to a plan length: `5 ปี (พ.ศ.`. */
const LENGTH_BEFORE = /([0-9]+)\s*ปี\s*\(?\s*(?:พ\.\s*ศ\.\s*)?$/u;

/** A cheap first test: a Buddhist-era year starts with 25 (Arabic or Thai digits). */
const MAY_HOLD_YEAR = /25|๒๕/u;

/** Reports year ranges that speak of this plan but differ from the front-matter years. */
export const check: Check = {
  meta: {
    id: 'plan-span',
    description: {
      en: 'The text states this plan’s years wrongly (e.g. 2566–2577 for a 2566–2570 plan).',
      th: 'ข้อความระบุช่วงปีของแผนนี้ไม่ถูกต้อง (เช่น 2566–2577 ทั้งที่แผนเป็นปี 2566–2570)',
    },
    defaultLevel: 'warning',
    fixable: true,
    tags: ['text'],
    scope: 'line',
  },
  contextKey: ({ plan }) => plan.frontMatter.years.join(),
  run({ plan, lines }) {
    const years = plan.frontMatter.years;
    const first = years[0];
    const last = years[years.length - 1];
    if (first === undefined || last === undefined || years.length < 2) return [];
    const span = spanText(years);
    const problems: Problem[] = [];
    for (const [line, raw] of proseLines(plan, lines)) {
      if (!MAY_HOLD_YEAR.test(raw)) continue;
      const text = thaiDigitsToArabic(raw);
      for (const m of text.matchAll(RANGE)) {
        const from = Number(m[1]);
        const to = Number(m[3]);
        if (from === first && to === last) continue;
        const length = LENGTH_BEFORE.exec(text.slice(0, m.index));
        // "5 ปี (2566–2570)" in a 3-year plan names another plan's span: never flagged.
        const tied = length !== null && Number(length[1]) === years.length;
        const overruns = length === null && from === first && to > last;
        if (!tied && !overruns) continue;
        const fromStart = m.index;
        const toStart = m.index + (m[1] ?? '').length + (m[2] ?? '').length;
        const fromRange = lineRange(line, fromStart, fromStart + 4);
        const toRange = lineRange(line, toStart, toStart + 4);
        const written = raw.slice(fromStart, toStart + 4);
        problems.push({
          range: lineRange(line, fromStart, toStart + 4),
          message: { key: 'plan-span.wrong', args: { actual: `${from}–${to}`, expected: span } },
          data: {
            expected: span,
            actual: `${from}–${to}`,
            fixes: [
              {
                title: { key: 'plan-span.fix', args: { expected: span } },
                edits: [
                  ...(from !== first
                    ? [{ range: fromRange, newText: digitsLike(first, written) }]
                    : []),
                  ...(to !== last ? [{ range: toRange, newText: digitsLike(last, written) }] : []),
                ],
              },
            ],
          },
        });
      }
    }
    return problems;
  },
};
