// The server keeps each open document's lines patched edit by edit: after any sequence of incremental
// changes they must equal a fresh split of the document's text, and lines an edit did not touch must
// stay the same string objects (the engine's reuse rests on that).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyChanges } from '../../server/src/line-documents.js';
import { splitLines } from '../../server/src/parse/lines.js';

/** A change as an editor sends it: a range (possibly reversed or past the end) and new text. */
const change = fc.record({
  l1: fc.nat(12),
  c1: fc.nat(12),
  l2: fc.nat(12),
  c2: fc.nat(12),
  text: fc.stringMatching(/^(?:[aกข๑|# ]|\n|\r\n){0,8}$/),
});

describe('line documents', () => {
  it('patched lines equal a fresh split after any sequence of in-range incremental changes', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^(?:[aก# |]{0,6}(?:\n|\r\n)){0,10}[aก]{0,4}$/),
        fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 8 }),
        (text, batches) => {
          const document = TextDocument.create('file:///t.plan.md', 'markdown', 1, text);
          let lines: string[] | undefined = splitLines(text);
          let version = 1;
          for (const batch of batches) {
            // Each change's positions lie inside the document as the changes before it left it (LSP
            // applies a batch in order), as an editor sends them.
            const shadow = TextDocument.create('file:///s', 'markdown', 1, document.getText());
            const changes = batch.map((c) => {
              const now = splitLines(shadow.getText());
              const at = (line: number, character: number): { line: number; character: number } => {
                const l = line % now.length;
                return { line: l, character: character % ((now[l] ?? '').length + 1) };
              };
              const one = { range: { start: at(c.l1, c.c1), end: at(c.l2, c.c2) }, text: c.text };
              TextDocument.update(shadow, [one], 1);
              return one;
            });
            lines = applyChanges(document, lines, changes, ++version);
            assert.ok(lines, 'an in-range change is always patched');
            assert.deepEqual(lines, splitLines(document.getText()));
          }
        },
      ),
      { numRuns: 2000, seed: 20261126 },
    );
  });

  it('never returns wrong lines for ranges past the end (it may fall back to a fresh split)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(change, { maxLength: 4 }), (text, raw) => {
        const document = TextDocument.create('file:///t.plan.md', 'markdown', 1, text);
        const changes = raw.map((c) => ({
          range: { start: { line: c.l1, character: c.c1 }, end: { line: c.l2, character: c.c2 } },
          text: c.text,
        }));
        const lines = applyChanges(document, splitLines(text), changes, 2);
        if (lines) assert.deepEqual(lines, splitLines(document.getText()));
      }),
      { numRuns: 2000, seed: 20261126 },
    );
  });

  it('keeps the untouched lines as the same objects', () => {
    const document = TextDocument.create(
      'file:///t.plan.md',
      'markdown',
      1,
      'one\ntwo\nthree\nfour',
    );
    const before = splitLines(document.getText());
    const after = applyChanges(
      document,
      before,
      [
        {
          range: { start: { line: 1, character: 1 }, end: { line: 1, character: 2 } },
          text: 'x\ny',
        },
      ],
      2,
    );
    assert.deepEqual(after, ['one', 'tx', 'yo', 'three', 'four']);
    assert.equal(after?.[0], before[0]);
    assert.ok(after?.[3] === before[2] && after[4] === before[3]);
  });

  it('falls back to a fresh split after a full-text change', () => {
    const document = TextDocument.create('file:///t.plan.md', 'markdown', 1, 'a\nb');
    assert.equal(applyChanges(document, ['a', 'b'], [{ text: 'c\nd\ne' }], 2), undefined);
    assert.equal(document.getText(), 'c\nd\ne');
  });
});
