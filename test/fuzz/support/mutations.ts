// Mutated real plans: a base from the corpus and a few edits an author, a paste or a broken file might
// make (bit flips, lines deleted or doubled, truncation at a block boundary, odd Unicode, line endings).
import fc from 'fast-check';
import {
  blockBoundaries,
  fixtures,
  fixedSeed,
  seedExcerpt,
  SEED_LINES,
  template,
} from './corpus.js';

/** Characters that break naive text handling: combining marks, bidi and zero-width controls, lone surrogates. */
export const NASTY = [
  '\u0E31', // Thai vowel mark (combining)
  '\u0E48\u0E49', // stacked Thai tone marks
  '\u0301', // combining acute
  'e\u0301', // decomposed é (NFC changes the length)
  '\u200B', // zero-width space
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u200F', // right-to-left mark
  '\u202E', // right-to-left override
  '\u2067', // right-to-left isolate
  'مرحبا', // Arabic text
  '٠١٢٣٤٥٦٧٨٩', // Arabic-Indic digits
  '๐๑๒๓๔๕๖๗๘๙', // Thai digits
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '😀', // a surrogate pair
  '𝟘𝟙', // mathematical digits (pairs)
  '\u0000',
  '\r',
  '\r\n',
  '\u2028',
  '\u00A0',
  '\u3000',
  '\t',
  '|',
  '\\|',
  '\\',
  '```',
  '~~~',
  '<!--',
  '-->',
  '# ',
  '#### 9. ',
  '**',
  '“',
  '”',
  '"',
  "'",
  '`',
  '---',
  'รวม',
  'รวมทั้งสิ้น',
  'จำนวน 9',
  'ปี 2566',
  '2566 – 2577',
  '99,999.99',
  'ไม่ใช้งบประมาณ',
  'ระบุจำนวน',
];

/** A piece of odd text: one of NASTY, any code points, or any UTF-16 code units (lone surrogates too). */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 8 })
      .map((units) => String.fromCharCode(...units)),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** One edit; positions are raw numbers taken modulo the text's current size. */
export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete-lines'; at: number; count: number }
  | { kind: 'duplicate-lines'; at: number; count: number }
  | { kind: 'swap-lines'; at: number; other: number }
  | { kind: 'truncate-block'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'line-endings'; eol: '\r\n' | '\r' | 'mixed' };

const position = fc.nat();

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: position,
    bit: fc.integer({ min: 0, max: 15 }),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: nastyText }),
  fc.record({
    kind: fc.constant('delete-lines' as const),
    at: position,
    count: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('duplicate-lines' as const),
    at: position,
    count: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: position, other: position }),
  fc.record({ kind: fc.constant('truncate-block' as const), at: position }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({
    kind: fc.constant('line-endings' as const),
    eol: fc.constantFrom<'\r\n' | '\r' | 'mixed'>('\r\n', '\r', 'mixed'),
  }),
);

/** Applies one edit. */
export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const line = (n: number): number => n % Math.max(1, lines.length);
  switch (m.kind) {
    case 'flip': {
      if (text.length === 0) return text;
      const at = m.at % text.length;
      return (
        text.slice(0, at) +
        String.fromCharCode(text.charCodeAt(at) ^ (1 << m.bit)) +
        text.slice(at + 1)
      );
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'delete-lines':
      lines.splice(line(m.at), m.count);
      return lines.join('\n');
    case 'duplicate-lines': {
      const at = line(m.at);
      lines.splice(at, 0, ...lines.slice(at, at + m.count));
      return lines.join('\n');
    }
    case 'swap-lines': {
      const a = line(m.at);
      const b = line(m.other);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'truncate-block': {
      const bounds = blockBoundaries(text);
      return bounds.length ? text.slice(0, bounds[m.at % bounds.length]) : text;
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'line-endings':
      if (m.eol !== 'mixed') return text.replace(/\r?\n/g, m.eol);
      return lines
        .map((l, i) => l + (i === lines.length - 1 ? '' : ['\n', '\r\n', '\r'][i % 3]))
        .join('');
  }
}

/** A base from the corpus: the template, a fixture, the fixed seed's start, or a seed excerpt. */
export const base: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(template) },
  { weight: 4, arbitrary: fc.constantFrom(...fixtures.map((f) => f.text)) },
  { weight: 1, arbitrary: fc.constant(fixedSeed.split('\n').slice(0, 120).join('\n')) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: SEED_LINES }), fc.integer({ min: 10, max: 150 }))
      .map(([start, count]) => seedExcerpt(start, count)),
  },
);

/** A real plan with one to four edits. */
export const mutatedPlan: fc.Arbitrary<string> = fc
  .tuple(base, fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, ms]) => ms.reduce(mutate, text));
