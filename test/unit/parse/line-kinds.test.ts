// The line scan classifies lines without a Markdown parser: its headings and fenced code must be where
// remark (CommonMark) puts them, for lines indented by spaces, tabs or no-break spaces alike.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes } from 'mdast';
import { scanLines } from '../../../server/src/parse/lines.js';

const indent = fc.constantFrom('', ' ', '   ', '    ', '\t', '\u00a0');
const start = fc.constantFrom(
  'ข้อความ',
  'Text',
  '2566',
  '# ส่วนที่ 1',
  '#### 1. โครงการ',
  '#ไม่ใช่หัวข้อ',
  '```',
  '~~~',
  '``` js',
  '<!-- หมายเหตุ -->',
  '| ก | ข |',
  '',
);
const doc = fc.array(fc.tuple(indent, start), { maxLength: 30 }).map((ls) =>
  // No line after text may be `---` or `===`: that is a setext heading, which the scan does not read.
  ls.map(([i, s]) => i + s),
);

/** Lines (0-based) of every ATX heading and of every fenced code block, as remark reads them. */
function reference(text: string): { headings: number[]; code: Set<number> } {
  const headings: number[] = [];
  const code = new Set<number>();
  const visit = (node: Nodes): void => {
    const p = node.position;
    if (node.type === 'heading' && p) headings.push(p.start.line - 1);
    if (node.type === 'code' && p && /^ {0,3}[`~]/.test(text.split('\n')[p.start.line - 1] ?? ''))
      for (let l = p.start.line - 1; l < p.end.line; l++) code.add(l);
    if ('children' in node) for (const c of node.children) visit(c);
  };
  visit(unified().use(remarkParse).parse(text));
  return { headings, code };
}

describe('the line scan', () => {
  it('finds the headings and fenced code that remark finds', () => {
    fc.assert(
      fc.property(doc, (lines) => {
        const text = lines.join('\n');
        const scan = scanLines(text);
        const want = reference(text);
        assert.deepEqual(
          scan.headings.map((h) => h.line),
          want.headings,
        );
        const code = lines.flatMap((_, l) => (scan.kinds.get(l) === 'code' ? [l] : []));
        assert.deepEqual(
          code,
          [...want.code].sort((a, b) => a - b),
        );
      }),
      { numRuns: 1000, seed: 20261207 },
    );
  });
});
