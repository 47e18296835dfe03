// One generic harness over every check's fixtures (expectations written inline in each fixture),
// and a meta-test that every registered check has its docs, its fixtures and its messages.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine.js';
import { checks } from '../../server/src/checks/index.js';
import { catalogue } from '../../server/src/i18n/index.js';
import { checkMessages } from '../../server/src/i18n/messages.js';
import { keys, readFixture } from '../support/expectations.js';
import { applyEdits, firstFixEdits } from '../support/edits.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = (id: string, kind: 'good' | 'bad'): string =>
  join(root, 'test', 'fixtures', 'checks', id, `${kind}.plan.md`);

/** The findings of a fixture as `line:checkId` keys, and what its markers expect. */
function run(path: string): { found: string[]; expected: string[] } {
  const { text, expected } = readFixture(readFileSync(path, 'utf8'));
  const findings = analyze(text).findings;
  return {
    found: keys(findings.map((f) => ({ line: f.range.start.line, checkId: f.checkId }))),
    expected: keys(expected),
  };
}

describe('checks: fixtures', () => {
  for (const { meta } of checks) {
    describe(meta.id, () => {
      it('good fixture: no finding from any check', () => {
        const { found, expected } = run(fixture(meta.id, 'good'));
        assert.deepEqual(expected, [], 'a good fixture must not expect findings');
        assert.deepEqual(found, []);
      });
      it('bad fixture: exactly the findings its markers expect', () => {
        const { found, expected } = run(fixture(meta.id, 'bad'));
        assert.ok(
          expected.some((e) => e.endsWith(`:${meta.id}`)),
          `the bad fixture must expect at least one ${meta.id}`,
        );
        assert.deepEqual(found, expected);
      });
      if (meta.fixable) {
        it('bad fixture: applying the fixes converges, leaving nothing fixable', () => {
          let text = readFixture(readFileSync(fixture(meta.id, 'bad'), 'utf8')).text;
          let findings = analyze(text).findings;
          assert.ok(findings.some((f) => f.checkId === meta.id && f.data?.fixes?.length));
          // A fix may reveal a consequence (a corrected cell changes a total): allow a few rounds.
          for (let round = 0; round < 3 && findings.some((f) => f.data?.fixes); round++) {
            text = applyEdits(text, firstFixEdits(findings));
            findings = analyze(text).findings;
          }
          assert.deepEqual(
            findings.filter((f) => f.data?.fixes?.length).map((f) => f.checkId),
            [],
          );
        });
      }
    });
  }
});

describe('checks: meta', () => {
  it('ids are unique', () => {
    const ids = checks.map((c) => c.meta.id);
    assert.deepEqual([...new Set(ids)], ids);
  });
  for (const { meta } of checks) {
    it(`${meta.id} has a doc page, a fixture pair and a docs URL`, () => {
      assert.ok(existsSync(join(root, 'docs', 'checks', `${meta.id}.md`)), 'docs page');
      assert.ok(existsSync(fixture(meta.id, 'good')), 'good fixture');
      assert.ok(existsSync(fixture(meta.id, 'bad')), 'bad fixture');
      assert.ok(meta.docsUrl.endsWith(`/docs/checks/${meta.id}.md`));
      const doc = readFileSync(join(root, 'docs', 'checks', `${meta.id}.md`), 'utf8');
      assert.ok(doc.includes(`| default level | ${meta.defaultLevel} |`), 'doc states the level');
      assert.ok(
        doc.includes(`| quick fix | ${meta.fixable ? 'yes' : 'no'} |`),
        'doc states fixable',
      );
    });
  }
  it('every check message key belongs to a registered check', () => {
    const ids = new Set(checks.map((c) => c.meta.id));
    for (const key of Object.keys(checkMessages)) {
      assert.ok(ids.has(key.slice(0, key.indexOf('.'))), key);
    }
  });
  it('every catalogue entry has both languages, and Thai uses every English placeholder', () => {
    for (const [key, entry] of Object.entries(catalogue) as [
      string,
      { en: string; th: string },
    ][]) {
      assert.ok(entry.en.length > 0 && entry.th.length > 0, `${key}: both languages`);
      const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
      for (const name of names(entry.en)) {
        assert.ok(names(entry.th).includes(name), `${key}: {${name}} missing in th`);
      }
    }
  });
});
