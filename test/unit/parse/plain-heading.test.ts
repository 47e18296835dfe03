// The heading fast path: a heading line without inline markup is read without the Markdown parser, and
// must give exactly the text the parser gives (closing #s, tabs, no-break spaces, zero-width spaces …).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { clearBlockCache, parseBlocks, plainHeading } from '../../../server/src/parse/markdown.js';

/** The heading text as the Markdown parser reads it (a pipe below forces the full parse). */
function parsed(line: string): string | undefined {
  clearBlockCache();
  return parseBlocks([`${line}\n|`])[0]?.heading;
}

const pieces = fc.constantFrom(
  '#',
  '##',
  ' ',
  '  ',
  '\t',
  'ก',
  'โครงการ',
  '1',
  '.',
  '-',
  ':',
  '(',
  ')',
  '\u00a0',
  '\u200b',
  'x',
  '=',
  '+',
  '|',
  '๑',
);

describe('parse: plain heading fast path', () => {
  it('agrees with the Markdown parser on every heading line it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.array(pieces, { maxLength: 12 }),
        (level, parts) => {
          const line = `${'#'.repeat(level)}${parts.join('')}`;
          const fast = plainHeading(line);
          if (fast === undefined) return;
          accepted++;
          assert.equal(fast, parsed(line), JSON.stringify(line));
        },
      ),
      { numRuns: 3000, seed: 20261206 },
    );
    assert.ok(accepted > 500, `accepted ${accepted}`);
  });

  it('leaves lines with markup, and lines that are not headings, to the parser', () => {
    for (const line of [
      '## **หนา**',
      '## `code`',
      '## a_b_',
      '## [x](y)',
      '## &amp;',
      '## a\\#',
      '####### seven',
      '#no-space',
      '    # indented',
    ])
      assert.equal(plainHeading(line), undefined, line);
    assert.equal(plainHeading('### 1. โครงการ ### '), '1. โครงการ');
    assert.equal(plainHeading('# มิติที่ 1#'), 'มิติที่ 1#');
    assert.equal(plainHeading('##'), '');
  });
});
