// The stdio encoder must write exactly the bytes of `JSON.stringify(message)` in UTF-8, whatever the
// message, while taking each diagnostic's bytes from its cache.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { encodeMessage } from '../../server/src/stdio.js';

const text = fc.constantFrom('', 'ก', 'โครงการที่ 1', '"quoted"', 'a\\b', '\u0000', '\u2028', '😀');
const diagnostic = fc.record({
  range: fc.record({
    start: fc.record({ line: fc.nat(), character: fc.nat() }),
    end: fc.record({ line: fc.nat(), character: fc.nat() }),
  }),
  message: text,
  code: fc.option(text, { nil: undefined }),
  data: fc.option(fc.dictionary(text, fc.oneof(text, fc.integer(), fc.constant(null))), {
    nil: undefined,
  }),
});
const utf8 = (message: object) => Buffer.from(JSON.stringify(message), 'utf8');

describe('the stdio encoder', () => {
  it('writes a pull report, a publish and any other message as JSON.stringify does', () => {
    fc.assert(
      fc.property(fc.array(diagnostic, { maxLength: 6 }), text, fc.nat(), (items, uri, id) => {
        const report = { jsonrpc: '2.0', id, result: { kind: 'full', resultId: uri, items } };
        const publish = {
          jsonrpc: '2.0',
          method: 'textDocument/publishDiagnostics',
          params: { uri, version: id, diagnostics: items },
        };
        const other = { jsonrpc: '2.0', id, result: { kind: 'unchanged', resultId: uri } };
        for (const message of [report, publish, other])
          assert.deepEqual(Buffer.from(encodeMessage(message)), utf8(message));
      }),
      { numRuns: 500 },
    );
  });

  it('reuses a diagnostic’s bytes only for the same object, and keeps odd array entries', () => {
    const d = {
      message: 'ก',
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } },
    };
    const first = { jsonrpc: '2.0', id: 1, result: { kind: 'full', resultId: 'a', items: [d] } };
    assert.deepEqual(Buffer.from(encodeMessage(first)), utf8(first));
    const other = { ...d, message: 'ข' };
    const second = {
      jsonrpc: '2.0',
      id: 2,
      result: { kind: 'full', resultId: 'b', items: [d, other, undefined, null] },
    };
    assert.deepEqual(Buffer.from(encodeMessage(second)), utf8(second));
  });

  it('grows its buffer for a report bigger than the last one, cached and new diagnostics mixed', () => {
    const d = (k: number) => ({
      range: { start: { line: k, character: 0 }, end: { line: k, character: 3 } },
      message: `โครงการที่ ${k} ${'ก'.repeat(k % 50)}`,
    });
    const small = { jsonrpc: '2.0', id: 1, result: { kind: 'full', resultId: 'a', items: [d(0)] } };
    assert.deepEqual(Buffer.from(encodeMessage(small)), utf8(small));
    const items = Array.from({ length: 2000 }, (_, k) => d(k));
    const big = { jsonrpc: '2.0', id: 2, result: { kind: 'full', resultId: 'b', items } };
    assert.deepEqual(Buffer.from(encodeMessage(big)), utf8(big));
    // Every other diagnostic new, the rest from the cache.
    const again = items.map((x, k) => (k % 2 ? x : { ...x }));
    const mixed = { jsonrpc: '2.0', id: 3, result: { kind: 'full', resultId: 'c', items: again } };
    assert.deepEqual(Buffer.from(encodeMessage(mixed)), utf8(mixed));
  });
});
