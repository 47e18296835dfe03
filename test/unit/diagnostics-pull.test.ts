// Unit tests of what makes an `unchanged` pull report cheap: the diagnostic built once per finding object,
// and the comparison that trusts a reused finding and compares only the others, structurally.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import type { Finding } from '../../server/src/engine.js';
import { catalogue, type CatalogueKey } from '../../server/src/i18n/index.js';
import {
  createDiagnosticConverter,
  toDiagnostic,
  toJsonSafe,
} from '../../server/src/features/diagnostics.js';
import { sameValue, unchangedSince } from '../../server/src/features/diagnostics-unchanged.js';

const key = Object.keys(catalogue)[0] as CatalogueKey;
const uri = 'file:///plans/a.plan.md';

function finding(line: number, expected = '30000.00'): Finding {
  return {
    checkId: 'grand-total',
    level: 'error',
    range: { start: { line, character: 2 }, end: { line, character: 8 } },
    message: { key, args: { key: 'years', computed: '30,000' } },
    related: [
      {
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } },
        message: { key },
      },
    ],
    data: { expected, actual: 35000 },
    docsUrl: 'https://example.invalid/docs/checks/grand-total.md',
  };
}

describe('pull diagnostics: conversion cache and unchanged test', () => {
  it('converts a finding object once per document', () => {
    const convert = createDiagnosticConverter('th');
    const f = finding(3);
    const [first] = convert([f], uri);
    const [again] = convert([f], uri);
    assert.equal(again, first);
    const [elsewhere] = convert([f], 'file:///plans/b.plan.md');
    assert.notEqual(elsewhere, first);
    assert.equal(elsewhere?.relatedInformation?.[0]?.location.uri, 'file:///plans/b.plan.md');
    assert.notEqual(convert([finding(3)], uri)[0], first);
    // What it builds is what toDiagnostic builds, also for a moved finding sharing message objects.
    const moved = { ...f, range: finding(4).range };
    assert.deepEqual(convert([moved], uri), [toDiagnostic(moved, uri, 'th')]);
  });

  it('copies a "__proto__" key as data, as JSON.parse reads it', () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"satang": 1}, "n": [2]}');
    const copy = toJsonSafe(parsed);
    assert.deepEqual(copy, parsed);
    assert.equal(Object.getPrototypeOf(copy), Object.prototype);
  });

  it('trusts reused findings, compares new ones by their diagnostics', () => {
    const convert = createDiagnosticConverter('en');
    const findings = [finding(3), finding(7)];
    const last = { resultId: '1', findings, diagnostics: convert(findings, uri) };

    // Identity is enough: the stored diagnostics (here made different) are not looked at for a reused finding.
    const other = convert([finding(9), finding(9)], uri);
    assert.ok(unchangedSince({ ...last, diagnostics: other }, findings, last.diagnostics));
    // New objects with the same content report the same.
    const rebuilt = [finding(3), finding(7)];
    assert.ok(unchangedSince(last, rebuilt, convert(rebuilt, uri)));
    // A moved range, a changed value, or one finding fewer is a change.
    for (const next of [
      [findings[0] as Finding, finding(8)],
      [findings[0] as Finding, finding(7, '40000.00')],
      [findings[0] as Finding],
    ]) {
      assert.ok(!unchangedSince(last, next, convert(next, uri)), JSON.stringify(next.at(-1)));
    }
  });

  it('compares values structurally, bigints by value', () => {
    assert.ok(sameValue({ a: [1, { b: 2n }], c: null }, { a: [1, { b: 2n }], c: null }));
    for (const [a, b] of [
      [{ b: 2n }, { b: 3n }],
      [{ b: 2n }, { b: '2' }],
      [[1, 2], { 0: 1, 1: 2 }],
      [{ a: undefined }, { b: undefined }],
      [{ a: 1 }, { a: 1, b: 2 }],
      [
        [1, [2]],
        [1, [3]],
      ],
      [null, {}],
    ]) {
      assert.ok(!sameValue(a, b), `${inspect(a)} vs ${inspect(b)}`);
    }
  });
});
