// The corpus of plans written in the forms real offices use (test/fixtures/real-forms/): every
// planted defect is found where its marker says, and nothing else is reported. The run prints
// recall (planted defects found) and false alarms (findings no marker expects) over the corpus.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine.js';
import { keys, readFixture } from '../support/expectations.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'real-forms');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.plan.md'))
  .sort();

/** `a` minus `b`, as multisets of keys. */
function minus(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((k) => {
    const i = left.indexOf(k);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

describe('real forms: a corpus of plans as offices write them', () => {
  const totals = { plans: 0, planted: 0, found: 0, falseAlarms: 0, clean: 0 };

  it('holds at least 15 plans, clean ones and ones with planted defects', () => {
    const planted = files.filter((f) => readFileSync(join(dir, f), 'utf8').includes('expect:'));
    assert.ok(files.length >= 15, `${files.length} plans`);
    assert.ok(planted.length >= 5 && files.length - planted.length >= 5);
  });

  for (const file of files)
    it(file, () => {
      const { text, expected } = readFixture(readFileSync(join(dir, file), 'utf8'));
      const found = keys(
        analyze(text).findings.map((f) => ({ line: f.range.start.line, checkId: f.checkId })),
      );
      const want = keys(expected);
      const missed = minus(want, found);
      const falseAlarms = minus(found, want);
      totals.plans += 1;
      totals.planted += want.length;
      totals.found += want.length - missed.length;
      totals.falseAlarms += falseAlarms.length;
      if (want.length === 0) totals.clean += 1;
      assert.deepEqual({ missed, falseAlarms }, { missed: [], falseAlarms: [] });
    });

  after(() => {
    const recall = totals.planted ? (100 * totals.found) / totals.planted : 100;
    console.log(
      `      real forms: ${totals.plans} plans (${totals.clean} clean); planted defects found ` +
        `${totals.found}/${totals.planted} (recall ${recall.toFixed(1)} %); false alarms ` +
        `${totals.falseAlarms}`,
    );
  });
});
