// organization-name: a near-miss spelling of the front-matter organization ("เทศบาลตำพอกน้อย").
import { distance } from 'fastest-levenshtein';
import type { Check, Problem } from './types.js';
import { proseLines } from './util.js';
import { lineRange } from '../model/line-range.js';

/** How many characters of the name anchor a search (its start and its end). */
const ANCHOR = 4;

/** Reports mentions that differ from the organization's name by one or two characters. */
export const check: Check = {
  meta: {
    id: 'organization-name',
    description: {
      en: 'The organization’s name is misspelt (one or two characters off the front-matter name).',
      th: 'สะกดชื่อหน่วยงานผิด (ต่างจากชื่อในส่วนหัวหนึ่งหรือสองตัวอักษร)',
    },
    defaultLevel: 'warning',
    fixable: true,
    tags: ['text'],
    profiles: ['anti-corruption', 'development'],
    scope: 'line',
  },
  contextKey: ({ plan }) => plan.frontMatter.organization ?? '',
  run({ plan, lines }) {
    const org = plan.frontMatter.organization?.normalize('NFC').trim();
    if (!org || org.length < ANCHOR * 2) return [];
    const maxDistance = org.length >= 10 ? 2 : 1;
    const problems: Problem[] = [];
    const head = org.slice(0, ANCHOR);
    const tail = org.slice(-ANCHOR);
    for (const [line, raw] of proseLines(plan, lines)) {
      // nearMisses anchors on the name's start or end: a line with neither holds no near miss.
      if (!raw.includes(head) && !raw.includes(tail)) continue;
      const text = raw.normalize('NFC');
      if (text.length !== raw.length) continue; // ranges would not map back; rare decomposed text
      for (const [start, end] of nearMisses(text, org, maxDistance)) {
        const found = text.slice(start, end);
        problems.push({
          range: lineRange(line, start, end),
          message: { key: 'organization-name.near-miss', args: { actual: found, expected: org } },
          data: {
            expected: org,
            actual: found,
            fixes: [
              {
                title: { key: 'organization-name.fix', args: { expected: org } },
                edits: [{ range: lineRange(line, start, end), newText: org }],
              },
            ],
          },
        });
      }
    }
    return problems;
  },
};

/** Spans of `text` within `max` edits of `org` but not equal to it, anchored on its start or its end. */
export function nearMisses(text: string, org: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  const squeeze = (s: string): string => s.replace(/\s/g, '');
  const consider = (start: number, end: number): void => {
    if (start < 0 || end > text.length || out.some(([a, b]) => start < b && end > a)) return;
    // A window edge inside a surrogate pair (an emoji or other astral character) is no real mention.
    if (splitsPair(text, start) || splitsPair(text, end)) return;
    out.push([start, end]);
  };
  const head = org.slice(0, ANCHOR);
  const tail = org.slice(-ANCHOR);
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    const best = bestWindow(text, org, max, (len) => [at, at + len]);
    if (best && squeeze(text.slice(...best)) !== squeeze(org)) consider(...best);
  }
  for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
    const end = at + ANCHOR;
    const best = bestWindow(text, org, max, (len) => [end - len, end]);
    if (best && squeeze(text.slice(...best)) !== squeeze(org)) consider(...best);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The window (of the name's length ± max) closest to the name, or null when the exact name is there. */
function bestWindow(
  text: string,
  org: string,
  max: number,
  window: (len: number) => [number, number],
): [number, number] | null {
  const [s0, e0] = window(org.length);
  if (text.slice(s0, e0) === org) return null;
  let best: [number, number] | null = null;
  let bestDistance = max + 1;
  for (let d = 0; d <= max; d++) {
    for (const len of d === 0 ? [org.length] : [org.length - d, org.length + d]) {
      const [s, e] = window(len);
      if (s < 0 || e > text.length) continue;
      const dist = distance(text.slice(s, e), org);
      if (dist >= 1 && dist < bestDistance) {
        best = [s, e];
        bestDistance = dist;
      }
    }
  }
  return best;
}

/** True when position `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
}
