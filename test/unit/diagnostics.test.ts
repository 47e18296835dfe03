// Unit tests of the one Finding → LSP Diagnostic conversion: severity, code, source, doc link,
// localized messages, related information and JSON-safe data.
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver/node.js';
import type { Finding } from '../../server/src/engine.js';
import { catalogue, formatMessage, type CatalogueKey } from '../../server/src/i18n/index.js';
import { SOURCE, toDiagnostic, toJsonSafe } from '../../server/src/features/diagnostics.js';

// Any catalogue key will do; the test does not depend on one check's wording.
const key = Object.keys(catalogue)[0] as CatalogueKey;
const args = { key: 'years', assumed: '2566', declared: '35,000', computed: '30,000' };
const uri = 'file:///plans/a.plan.md';
const range = (line: number) => ({
  start: { line, character: 2 },
  end: { line, character: 8 },
});

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    checkId: 'grand-total',
    level: 'error',
    range: range(3),
    message: { key, args },
    docsUrl: 'https://example.invalid/docs/checks/grand-total.md',
    ...overrides,
  };
}

describe('toDiagnostic', () => {
  it('maps each level to its severity', () => {
    const severity = (level: Finding['level']) =>
      toDiagnostic(finding({ level }), uri, 'en').severity;
    assert.equal(severity('hint'), DiagnosticSeverity.Hint);
    assert.equal(severity('warning'), DiagnosticSeverity.Warning);
    assert.equal(severity('error'), DiagnosticSeverity.Error);
  });

  it('carries the range, check id, source and doc link, and formats the message per locale', () => {
    const f = finding();
    for (const locale of ['en', 'th'] as const) {
      const d = toDiagnostic(f, uri, locale);
      assert.deepEqual(d.range, f.range);
      assert.equal(d.code, 'grand-total');
      assert.equal(d.source, SOURCE);
      assert.equal(SOURCE, 'plancheck');
      assert.deepEqual(d.codeDescription, { href: f.docsUrl });
      assert.equal(d.message, formatMessage(key, args, locale));
    }
    assert.notEqual(toDiagnostic(f, uri, 'en').message, toDiagnostic(f, uri, 'th').message);
  });

  it('points related information at the same document, with formatted messages', () => {
    const related = [{ range: range(9), message: { key, args } }];
    const d = toDiagnostic(finding({ related }), uri, 'th');
    assert.deepEqual(d.relatedInformation, [
      { location: { uri, range: range(9) }, message: formatMessage(key, args, 'th') },
    ]);
  });

  it('omits what the finding does not have', () => {
    const d = toDiagnostic(finding({ docsUrl: '' }), uri, 'en');
    assert.ok(!('codeDescription' in d));
    assert.ok(!('relatedInformation' in d));
    assert.ok(!('data' in d));
  });

  it('sends the figures of data, not its fixes, so that it survives JSON (bigints as strings)', () => {
    const fixes = [{ title: { key }, edits: [{ range: range(3), newText: '30,000' }] }];
    const data = { expected: '30000.00', actual: 35000, fixes };
    const d = toDiagnostic(finding({ data }), uri, 'en');
    assert.deepEqual(d.data, { expected: '30000.00', actual: 35000 });
    assert.deepEqual(JSON.parse(JSON.stringify(d.data)), d.data);
    assert.ok(!('data' in toDiagnostic(finding({ data: { fixes } }), uri, 'en')));
    const unsafe = { satang: 3_000_000n, nested: [{ sum: -5n }], label: null };
    assert.deepEqual(toJsonSafe(unsafe), {
      satang: '3000000',
      nested: [{ sum: '-5' }],
      label: null,
    });
  });
});
