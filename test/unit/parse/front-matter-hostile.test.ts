// Hostile front matter: an alias bomb, nesting deeper than the stack, self-referring aliases and
// prototype keys each give a front-matter finding (or are read as plain data), never a throw.
import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine.js';
import { formatMessage } from '../../../server/src/i18n/index.js';

/** The messages of the front-matter findings of a plan whose front matter is `yaml`. */
function frontMatterFindings(yaml: string): string[] {
  const result = analyze(`---\n${yaml}\n---\n\n# แผน\n`);
  return result.findings
    .filter((f) => f.checkId === 'front-matter')
    .map((f) => formatMessage(f.message.key, f.message.args, 'en'));
}

// Nine levels of nine aliases each: 9^9 nodes once expanded.
const BOMB = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghi'.split('').map(
    (c, i) =>
      `${c}: &${c} [${Array(9)
        .fill(`*${'abcdefgh'[i] ?? 'a'}`)
        .join(', ')}]`,
  ),
].join('\n');

describe('parse/front-matter: hostile YAML', () => {
  for (const [name, yaml] of [
    ['an alias bomb', BOMB],
    ['a sequence nested 20,000 deep', `title: ${'['.repeat(20000)}${']'.repeat(20000)}`],
    [
      'a mapping nested 3,000 deep',
      Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
    ],
  ] as const)
    it(`${name}: "too complex to read safely", not a throw`, () => {
      const found = frontMatterFindings(yaml);
      assert.equal(found.length, 1, found.join('\n'));
      assert.match(found[0] ?? '', /too complex to read safely/);
    });

  it('an alias that refers to itself makes its key unreadable', () => {
    const found = frontMatterFindings('title: &t [*t]\norganization: o\nyears: 2566-2568');
    assert.deepEqual(found, ['The front matter\'s "title" cannot be read. Correct it.']);
  });

  it('a __proto__ key is plain data: nothing polluted, title still missing', () => {
    const found = frontMatterFindings('__proto__: {title: x}\norganization: o\nyears: 2566-2568');
    assert.deepEqual(found, ['The front matter has no "title". Add it.']);
    assert.equal(({} as Record<string, unknown>).title, undefined);
  });

  it('speaks Thai about it too', () => {
    const result = analyze(`---\n${BOMB}\n---\n`);
    const f = result.findings.find((x) => x.checkId === 'front-matter');
    assert.ok(f);
    assert.match(
      formatMessage(f.message.key, f.message.args, 'th'),
      /ซับซ้อนเกินกว่าจะอ่านได้อย่างปลอดภัย/,
    );
  });
});
