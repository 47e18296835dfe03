// Unit tests of the limit on diagnostics per document: errors first, then warnings, then hints, each
// in the order found, one place kept for the notice, and the notice compared like any diagnostic.
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/engine.js';
import { capFindings, CAPPED_CODE } from '../../server/src/features/diagnostics-cap.js';
import { cappedNotice, createDiagnosticConverter } from '../../server/src/features/diagnostics.js';
import { unchangedSince } from '../../server/src/features/diagnostics-unchanged.js';

const uri = 'file:///plans/a.plan.md';

function finding(line: number, level: Finding['level']): Finding {
  return {
    checkId: 'placeholder-text',
    level,
    range: { start: { line, character: 0 }, end: { line, character: 4 } },
    message: { key: 'diagnostics.capped', args: { shown: line, total: 0 } },
    docsUrl: 'https://example.invalid/docs/checks/placeholder-text.md',
  };
}

describe('diagnostics per document: the limit', () => {
  const levels: Finding['level'][] = ['hint', 'warning', 'error', 'warning', 'error', 'hint'];
  const findings = levels.map((level, i) => finding(i, level));

  it('reports every finding, the same array, when they fit', () => {
    assert.equal(capFindings(findings, 6).shown, findings);
    assert.equal(capFindings(findings, 6).total, 6);
  });

  it('keeps errors first, then warnings, then hints, in the order found, leaving one place', () => {
    const lines = (max: number) => capFindings(findings, max).shown.map((f) => f.range.start.line);
    assert.deepEqual(lines(5), [1, 2, 3, 4]);
    assert.deepEqual(lines(4), [1, 2, 4]);
    assert.deepEqual(lines(3), [2, 4]);
    assert.deepEqual(lines(2), [2]);
    assert.deepEqual(lines(1), []);
    assert.equal(capFindings(findings, 3).total, 6);
  });

  it('says how many of how many are shown, in Thai and English, and how to see the rest', () => {
    const th = cappedNotice(999, 3930, 'th');
    assert.equal(th.code, CAPPED_CODE);
    assert.match(th.codeDescription?.href ?? '', /docs\/settings\.md$/);
    assert.deepEqual(th.range, {
      start: { line: 0, character: 0 },
      end: { line: 0, character: 0 },
    });
    assert.match(th.message, /แสดงปัญหา 999 จากทั้งหมด 3,930 รายการ/);
    assert.match(th.message, /plancheck\.maxNumberOfProblems/);
    assert.match(cappedNotice(999, 3930, 'en').message, /^Showing 999 of the 3,930 problems/);
  });

  it('counts a changed notice as a change, an equal one as none', () => {
    const convert = createDiagnosticConverter('en');
    const shown = capFindings(findings, 3).shown;
    const sent = (total: number) => ({
      findings: shown,
      diagnostics: [...convert(shown, uri), cappedNotice(shown.length, total, 'en')],
    });
    const last = sent(6);
    assert.ok(unchangedSince(last, shown, sent(6).diagnostics));
    assert.ok(!unchangedSince(last, shown, sent(7).diagnostics));
    assert.ok(!unchangedSince(last, shown, convert(shown, uri)));
  });
});
