// The table fast path: plain rows inside a table body are left out of the Markdown parse and read
// from the line. On any block, tables, rows, cells and heading must come out as a whole parse gives.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseTables, parseWhole } from '../../../server/src/parse/markdown.js';
import { scanLines } from '../../../server/src/parse/lines.js';
import { blockAsts } from '../../../server/src/parse/blocks.js';

const cell = fc.constantFrom(
  '',
  ' ',
  'ก',
  'โครงการ 1',
  '20,000',
  '-',
  ':',
  '---',
  ':--:',
  'a b',
  '**x**',
  '`c`',
  '\\|',
  '<br>',
  '&amp;',
  'x_y',
  '1.',
  '#',
  '>',
  '\u00a0',
);
const row = fc
  .tuple(
    fc.boolean(),
    fc.array(cell, { maxLength: 5 }),
    fc.boolean(),
    fc.constantFrom('', '', ' ', '   ', '  - ', '> '),
  )
  .map(
    ([lead, cells, trail, indent]) =>
      `${indent}${lead ? '|' : ''}${cells.join('|')}${trail ? '|' : ''}`,
  );
const line = fc.oneof(
  { weight: 8, arbitrary: row },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '## หัวข้อ',
      'ข้อความ',
      '- รายการ',
      '1. ข้อ',
      '> อ้าง',
      '```',
      '| --- | --- |',
      '|---|',
      '---',
      '===',
      '--- | ---',
      '|',
      '| |',
      '    | a |',
    ),
  },
);

describe('parse: table fast path', () => {
  it('reads every generated block as the whole parse does', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 14 }), (lines) => {
        const text = lines.join('\n');
        assert.deepEqual(parseTables(text), parseWhole(text), JSON.stringify(text));
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it('parses each block of a document as the whole parse of its text, heading blocks included', () => {
    const heading = fc.constantFrom('## หัวข้อ', '#### 1. **โครงการ** ก', '# [ลิงก์](x)', '###');
    const doc = fc.array(fc.oneof(heading, line), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(doc, (lines) => {
        const scan = scanLines(lines.join('\n'));
        const asts = blockAsts(scan);
        scan.blocks.forEach((b, i) => {
          const text = scan.lines.slice(b.startLine, b.endLine).join('\n');
          const { heading: h, tables } = parseWhole(text);
          assert.deepEqual(asts[i], h === undefined ? { tables } : { heading: h, tables }, text);
        });
      }),
      { numRuns: 1000, seed: 20261207 },
    );
  });

  it('reads every block of the seed plan as the whole parse does', () => {
    const scan = scanLines(readFileSync('samples/pok-noi-2566-2570.plan.md', 'utf8'));
    let rows = 0;
    for (const b of scan.blocks) {
      const text = scan.lines.slice(b.startLine, b.endLine).join('\n');
      if (!text.includes('|')) continue;
      const fast = parseTables(text);
      rows += fast.tables.reduce((n, t) => n + t.rows.length, 0);
      assert.deepEqual(fast, parseWhole(text));
    }
    assert.ok(rows >= 50);
  });
});
