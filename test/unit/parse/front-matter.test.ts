// Front matter: YAML read with a real library, years as range or list, issues with ranges.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/parse/index.js';

const fm = (body: string): ReturnType<typeof parsePlan>['frontMatter'] =>
  parsePlan(`---\n${body}\n---\n# x\n`).frontMatter;

describe('parse/front-matter', () => {
  it('reads a range of Buddhist-era years and the other keys', () => {
    const f = fm('type: plan\ntitle: แผน\norganization: เทศบาลตำบลก\nyears: 2566-2570');
    assert.deepEqual(f.years, [2566, 2567, 2568, 2569, 2570]);
    assert.equal(f.organization, 'เทศบาลตำบลก');
    assert.equal(f.currency, 'บาท');
    assert.deepEqual(f.issues, []);
    assert.deepEqual(f.keyRanges.years, {
      start: { line: 4, character: 7 },
      end: { line: 4, character: 16 },
    });
  });

  it('reads a list of years and Thai digits', () => {
    assert.deepEqual(fm('title: a\norganization: b\nyears: [2567, 2566]').years, [2566, 2567]);
    assert.deepEqual(fm('title: a\norganization: b\nyears: ๒๕๖๖-๒๕๖๗').years, [2566, 2567]);
  });

  it('reports missing and invalid keys without throwing', () => {
    const f = fm('title: a\nyears: soon');
    assert.deepEqual(
      f.issues.map((i) => [i.key, i.kind]),
      [
        ['organization', 'missing'],
        ['years', 'invalid'],
      ],
    );
  });

  it('reports YAML that is not YAML at its position', () => {
    const f = fm('title: [unclosed\norganization: x');
    assert.equal(f.issues[0]?.kind, 'syntax');
    assert.ok((f.issues[0]?.range.start.line ?? 0) >= 1);
  });

  it('reports a plan without front matter', () => {
    const f = parsePlan('# just a heading\n').frontMatter;
    assert.equal(f.present, false);
    assert.equal(f.issues[0]?.kind, 'absent');
  });

  it('takes the years from the summary table when the front matter has none', () => {
    const plan = parsePlan(
      '---\ntitle: a\norganization: b\n---\n| โครงการ | ปี 2566 | ปี ๒๕๖๗ |\n| - | - | - |\n| 1. ก | 0 | 0 |\n',
    );
    assert.deepEqual(plan.frontMatter.years, [2566, 2567]);
    assert.equal(plan.frontMatter.issues.find((i) => i.key === 'years')?.assumed, '2566-2567');
  });
});
