// placeholder-text: template text left in the plan (ระบุจำนวน…, ระบุชื่อ องค์กรปกครองส่วนท้องถิ่น, (ชื่อ…), xxx, ....).
import type { Check, Problem } from './types.js';
import { proseLines } from './util.js';
import { lineRange } from '../model/line-range.js';

/** Words after which `ระบุ…` is ordinary prose ("พร้อมระบุผู้รับผิดชอบ"), not a blank to fill. */
const PROSE_BEFORE = /(?:พร้อม|โดย|ให้|ต้อง|และ|หรือ|จะ|ได้|ไม่|มี|ซึ่ง|ที่|การ|ไว้|เพื่อ)\s*$/u;

/** The template's blanks. `prose` marks patterns that are not placeholders after PROSE_BEFORE. */
const PATTERNS: { re: RegExp; prose: boolean }[] = [
  { re: /ระบุชื่อ\s*(?:องค์กรปกครองส่วนท้องถิ่น|อปท\.?)/gu, prose: false },
  { re: /ระบุ(?:จำนวน|ชื่อ|วันที่|วัน|ปี|งบประมาณ)[^\s()]*/gu, prose: true },
  { re: /\((?:ระบุ|ชื่อ)[^()]*\)/gu, prose: false },
  { re: /(?<![A-Za-z])[xX]{3,}(?![A-Za-z])/gu, prose: false },
  { re: /\.{4,}|…{2,}/gu, prose: false },
];

/** A cheap first test: a line without any of these cannot hold a blank. */
const ANY = /ระบุ|\((?:ระบุ|ชื่อ)|[xX]{3}|\.{4}|……/u;

/** A line made only of dots (a separator under a title). */
const SEPARATOR = /^[\s.…·_-]+$/u;
/** A dot leader before a page number, as in a table of contents. */
const LEADER = /^(?:\.{4,}|…{2,})\s*[0-9\u0E50-\u0E59]+\s*$/u;

/** Reports each template blank left unfilled, on the blank itself. */
export const check: Check = {
  meta: {
    id: 'placeholder-text',
    description: {
      en: 'Template text was left in: ระบุจำนวน…, ระบุชื่อ องค์กรปกครองส่วนท้องถิ่น, (ชื่อ…), xxx or a row of dots.',
      th: 'ยังมีข้อความแม่แบบที่ไม่ได้กรอก เช่น ระบุจำนวน… ระบุชื่อ องค์กรปกครองส่วนท้องถิ่น (ชื่อ…) xxx หรือจุดไข่ปลา',
    },
    defaultLevel: 'warning',
    fixable: false,
    tags: ['text'],
    profiles: ['anti-corruption', 'development'],
    scope: 'line',
  },
  run({ plan, lines }) {
    const problems: Problem[] = [];
    for (const [line, text] of proseLines(plan, lines)) {
      if (!ANY.test(text) || SEPARATOR.test(text)) continue;
      const taken: [number, number][] = [];
      for (const { re, prose } of PATTERNS) {
        for (const m of text.matchAll(re)) {
          const start = m.index;
          const end = start + m[0].length;
          if (prose && PROSE_BEFORE.test(text.slice(0, start))) continue;
          if (LEADER.test(text.slice(start))) continue;
          if (taken.some(([a, b]) => start < b && end > a)) continue;
          taken.push([start, end]);
          problems.push({
            range: lineRange(line, start, end),
            message: { key: 'placeholder-text.found', args: { text: m[0] } },
            data: { actual: m[0] },
          });
        }
      }
    }
    return problems;
  },
};
