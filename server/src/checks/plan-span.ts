// plan-span: prose that states this plan's span (e.g. "5 ปี (พ.ศ.2566 – 2577)") but gets it wrong.
import { thaiDigitsToArabic } from '../parse/thai.js';
import type { Plan } from '../model/types.js';
import type { Check, Problem } from './types.js';
import { digitsLike, proseLines } from './util.js';
import { lineRange } from '../model/line-range.js';
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
    profiles: ['anti-corruption', 'development'],
    scope: 'line',
  },
  contextKey: ({ plan }) => `${plan.frontMatter.years.join()}|${coverEnd(plan)}|${titleLine(plan)}`,
  run({ plan, lines }) {
    const years = plan.frontMatter.years;
    const first = years[0];
    const last = years[years.length - 1];
    if (first === undefined || last === undefined || years.length < 2) return [];
    const problems: Problem[] = [];
    const scope = lines ?? { from: 0, to: plan.lines.length };
    const cover = coverEnd(plan);
    const title = titleLine(plan);
    const checkLine = (line: number, raw: string): void => {
      if (!MAY_HOLD_YEAR.test(raw) && !/ปี/.test(raw)) return;
      // The title and the cover speak of this plan only: every span and length there must be its own.
      const own = line === title || line < cover;
      problems.push(...lineProblems(line, raw, years, own));
    };
    if (title !== undefined && title >= scope.from && title < scope.to)
      checkLine(title, plan.lines[title] ?? '');
    for (const [line, raw] of proseLines(plan, lines)) checkLine(line, raw);
    return problems;
  },
};

/** The line of the front matter's `title:` value, when it is on one line. */
function titleLine(plan: Plan): number | undefined {
  const r = plan.frontMatter.keyRanges['title'];
  return r && r.start.line === r.end.line ? r.start.line : undefined;
}

/** The cover: the lines before the first heading below the plan's title (`## คำนำ`, `## ส่วนที่ 1`). */
function coverEnd(plan: Plan): number {
  return plan.headings.find((h) => h.level >= 2)?.line ?? 0;
}

/** The wrong spans and lengths on one line; `own` when the line can only speak of this plan. */
function lineProblems(line: number, raw: string, years: number[], own: boolean): Problem[] {
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  const span = spanText(years);
  const text = thaiDigitsToArabic(raw);
  const problems: Problem[] = [];
  for (const m of text.matchAll(RANGE)) {
    const from = Number(m[1]);
    const to = Number(m[3]);
    const length = LENGTH_BEFORE.exec(text.slice(0, m.index));
    if (length && Number(length[1]) !== years.length && from === first && to === last) {
      problems.push(lengthProblem(line, raw, length, years.length, span));
      continue;
    }
    if (from === first && to === last) continue;
    // "5 ปี (2566–2570)" in a 3-year plan names another plan's span: flagged only on the cover.
    const tied = length !== null && Number(length[1]) === years.length;
    const overruns = length === null && from === first && to > last;
    if (!own && !tied && !overruns) continue;
    const fromStart = m.index;
    const toStart = m.index + (m[1] ?? '').length + (m[2] ?? '').length;
    const fromRange = lineRange(line, fromStart, fromStart + 4);
    const toRange = lineRange(line, toStart, toStart + 4);
    const written = raw.slice(fromStart, toStart + 4);
    const edits = [
      ...(from !== first ? [{ range: fromRange, newText: digitsLike(first, written) }] : []),
      ...(to !== last ? [{ range: toRange, newText: digitsLike(last, written) }] : []),
    ];
    // "4 ปี (2566–2569)" in a 5-year plan: the length is corrected with the span.
    if (own && length && Number(length[1]) !== years.length) {
      const at = (length.index ?? 0) + (length[0].indexOf(length[1] ?? '') ?? 0);
      edits.unshift({
        range: lineRange(line, at, at + (length[1] ?? '').length),
        newText: digitsLike(years.length, raw.slice(at, at + (length[1] ?? '').length)),
      });
    }
    problems.push({
      range: lineRange(line, fromStart, toStart + 4),
      message: { key: 'plan-span.wrong', args: { actual: `${from}–${to}`, expected: span } },
      data: {
        expected: span,
        actual: `${from}–${to}`,
        fixes: [{ title: { key: 'plan-span.fix', args: { expected: span } }, edits }],
      },
    });
  }
  return problems;
}

/** "4 ปี" before this plan's own span, in a plan of another length. */
function lengthProblem(
  line: number,
  raw: string,
  length: RegExpExecArray,
  years: number,
  span: string,
): Problem {
  const at = (length.index ?? 0) + length[0].indexOf(length[1] ?? '');
  const range = lineRange(line, at, at + (length[1] ?? '').length);
  return {
    range,
    message: { key: 'plan-span.length', args: { actual: length[1] ?? '', expected: years, span } },
    data: {
      expected: years,
      actual: Number(length[1]),
      fixes: [
        {
          title: { key: 'plan-span.fix-length', args: { expected: years } },
          edits: [
            {
              range,
              newText: digitsLike(years, raw.slice(range.start.character, range.end.character)),
            },
          ],
        },
      ],
    },
  };
}
