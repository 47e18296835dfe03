// Property: for any text at all — generated plans with noise, mutated real plans, arbitrary Unicode —
// analyze never throws, finishes in bounded time, and every range it reports lies inside the document
// on a UTF-16 character boundary (findings, related places and fix edits alike).
import fc from 'fast-check';
import './support/hooks.js';
import { assertRanges, timedAnalyze } from './support/invariants.js';
import { mutatedPlan } from './support/mutations.js';
import { noisyPlan } from './support/plan-noise.js';
import { casesRun, check, TOTAL_RUNS } from './support/profile.js';
import { blockBoundaries, fixedSeed, fixtures, seed, template } from './support/corpus.js';

/** Any text: code points, raw UTF-16 units (lone surrogates), or a mix of plan-like lines and junk. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 })
    .map((u) => String.fromCharCode(...u)),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '---',
          'type: plan',
          'years: 2566-2570',
          'years: [๒๕๖๖, 2567]',
          'organization: เทศบาลตำบลทดสอบ',
          '## มิติที่ 1 ทดสอบ',
          '### 1.1 ภารกิจ',
          '#### 1. โครงการทดสอบ',
          '##### งบประมาณดำเนินการ',
          'ปี 2566 10,000 บาท',
          '| มิติ | โครงการ | ปี 2566 | รวม |',
          '| --- | --- | ---: | ---: |',
          '| รวม | จำนวน 1 โครงการ | 1 | |',
          '| รวมทั้งสิ้น | | ๑,๐๐๐ |',
          '```',
          '<!-- plancheck-disable -->',
          '',
        ),
        fc.string({ unit: 'binary', maxLength: 30 }),
      ),
      { maxLength: 40 },
    )
    .map((lines) => lines.join('\n')),
);

function holds(property: string): (text: string) => void {
  return (text) => assertRanges(text, timedAnalyze(property, text));
}

describe('fuzz: analyze never throws and reports ranges inside the document', function () {
  this.timeout(0);

  it('generated plans with ragged tables, odd cells and edits', () => {
    check('generated plans', fc.property(noisyPlan, holds('generated plans')));
  });

  it('mutated real plans (bit flips, lines deleted or doubled, truncation, odd Unicode, CR/CRLF)', () => {
    check('mutated real plans', fc.property(mutatedPlan, holds('mutated real plans')));
  });

  it('arbitrary text, lone surrogates included', () => {
    check('arbitrary text', fc.property(anyText, holds('arbitrary text')));
  });

  it('real plans truncated at block boundaries (every one in the long profile)', () => {
    let cases = 0;
    const cut = (text: string, at: number | undefined): void => {
      holds('truncation')(text.slice(0, at));
      cases++;
    };
    // Every cut of every plan in the long profile; a spread of cuts per plan in the fast one (a cut of a
    // whole sample plan costs ~0.1 s).
    const long = TOTAL_RUNS >= 100_000;
    for (const text of [template, ...fixtures.map((f) => f.text), seed, fixedSeed]) {
      const cuts = blockBoundaries(text);
      const step = long ? 1 : Math.ceil(cuts.length / (text.length > 20_000 ? 20 : 12));
      for (let i = 0; i < cuts.length; i += step) cut(text, cuts[i]);
    }
    casesRun.set('truncation', cases);
  });
});
