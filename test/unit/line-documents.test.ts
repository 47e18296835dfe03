// The server's documents are kept as lines (LineDocument). After any sequence of changes they must
// behave exactly as a TextDocument freshly created from the same text (text, line count, offsets,
// positions, ranges), their lines must equal a fresh split, and lines an edit did not touch must stay
// the same string objects (the engine's reuse rests on that).
import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import fc from 'fast-check';
import {
  TextDocument,
  type Position,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-textdocument';
import { LineDocument } from '../../server/src/line-document.js';
import { createLineDocuments } from '../../server/src/line-documents.js';
import { splitLines } from '../../server/src/parse/lines.js';

const URI = 'file:///t.plan.md';
const RUNS = { numRuns: 2000, seed: 20261126 };

// Strings compare by content in JavaScript; V8's own reference comparison tells whether two lines are the
// same string object. Natives syntax stays allowed (V8 may recompile the function later); no valid
// program means anything else with it.
setFlagsFromString('--allow-natives-syntax');
const sameObject = new Function('a', 'b', 'return %ReferenceEqual(a, b)') as (
  a: unknown,
  b: unknown,
) => boolean;

const PIECES = ['a', 'ก', 'ข', 'ั', '่', '๑', ' ', '#', '|', 'ภารกิจ', '\n', '\r\n', '\r'];

/** Text of Latin and Thai letters (with combining marks), Markdown marks and LF, CRLF and lone CR. */
const text = (maxLength: number) =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((parts) => parts.join(''));

/** A position, often inside a small document, sometimes negative or past its end. */
const position = fc.record({
  line: fc.integer({ min: -2, max: 12 }),
  character: fc.integer({ min: -2, max: 12 }),
});
const range = fc.record({ start: position, end: position });

/** A change as an editor may send it: a range (possibly reversed or out of range) and text, or a full text. */
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ range, text: text(6) }) },
  { weight: 1, arbitrary: fc.record({ text: text(30) }) },
);

/** Positions, offsets and ranges to probe. */
interface Probes {
  positions: Position[];
  offsets: number[];
  ranges: Range[];
}

/** What each check probes: positions, offsets and ranges, in and out of the document. */
const probes: fc.Arbitrary<Probes> = fc.record({
  positions: fc.array(position, { maxLength: 6 }),
  offsets: fc.array(fc.integer({ min: -3, max: 60 }), { maxLength: 6 }),
  ranges: fc.array(range, { maxLength: 6 }),
});

/** The text after one change, as the library computes it on a consistent (freshly created) document. */
function applied(before: string, one: TextDocumentContentChangeEvent): string {
  const reference = TextDocument.create(URI, 'markdown', 0, before);
  TextDocument.update(reference, [one], 1);
  return reference.getText();
}

/** Asserts that `document` behaves as a TextDocument freshly created from `expected`. */
function assertSame(document: LineDocument, expected: string, p: Probes): void {
  const fresh = TextDocument.create(URI, 'markdown', document.version, expected);
  assert.deepEqual(document.lines, splitLines(expected));
  assert.equal(document.lineCount, fresh.lineCount);
  for (const at of p.positions) assert.equal(document.offsetAt(at), fresh.offsetAt(at));
  for (const at of p.offsets) assert.deepEqual(document.positionAt(at), fresh.positionAt(at));
  for (const r of p.ranges) assert.equal(document.getText(r), fresh.getText(r));
  assert.equal(document.getText(), expected);
  assert.equal(document.uri, URI);
  assert.equal(document.languageId, 'markdown');
}

/** The lines of `before` that a change leaves alone, as [old line, new line] pairs. */
function untouched(
  before: string,
  one: TextDocumentContentChangeEvent,
  after: string,
): [number, number][] {
  if (!('range' in one)) return [];
  const fresh = TextDocument.create(URI, 'markdown', 0, before);
  const lines = splitLines(before);
  const ends = [fresh.offsetAt(one.range.start), fresh.offsetAt(one.range.end)];
  const s = Math.min(...ends);
  const first = fresh.positionAt(s).line;
  const last = fresh.positionAt(Math.max(...ends)).line;
  // A lone CR ending the line before the change, meeting an LF the change brings: that line's break changes.
  const merges = before[s - 1] === '\r' && after[s] === '\n';
  const delta = splitLines(after).length - lines.length;
  const pairs: [number, number][] = [];
  for (let i = 0; i < first - (merges ? 1 : 0); i++) pairs.push([i, i]);
  for (let i = last + 1; i < lines.length; i++) pairs.push([i, i + delta]);
  return pairs;
}

describe('line documents', () => {
  it('behave as a fresh TextDocument of the same text after any sequence of change batches', () => {
    fc.assert(
      fc.property(
        text(40),
        fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
        probes,
        (initial, batches, p) => {
          const document = new LineDocument(URI, 'markdown', 1, initial);
          let expected = initial;
          assertSame(document, expected, p);
          let version = 1;
          for (const batch of batches) {
            for (const one of batch) expected = applied(expected, one);
            document.update(batch, ++version);
            assert.equal(document.version, version);
            assertSame(document, expected, p);
          }
        },
      ),
      RUNS,
    );
  });

  it('keep the lines a change did not touch as the same objects, and never mutate old arrays', () => {
    const line = 'ก'.repeat(20);
    assert.ok(
      sameObject(line, line) && !sameObject(line, (' ' + line).slice(1)),
      'identity is seen',
    );
    fc.assert(
      fc.property(
        text(40),
        fc.array(change, { minLength: 1, maxLength: 8 }),
        (initial, changes) => {
          const document = new LineDocument(URI, 'markdown', 1, initial);
          let expected = initial;
          let version = 1;
          for (const one of changes) {
            const before = document.lines;
            const copy = before.slice();
            const after = applied(expected, one);
            document.update([one], ++version);
            const now = document.lines;
            assert.notEqual(now, before, 'a new array per version');
            assert.deepEqual(before, copy, 'the previous array is left as it was');
            for (const [o, n] of untouched(expected, one, after)) {
              assert.ok(sameObject(now[n], before[o]), `line ${o} → ${n}`);
            }
            expected = after;
          }
        },
      ),
      RUNS,
    );
  });

  it('join a lone CR and an inserted LF into one line break, as a fresh document counts them', () => {
    const document = new LineDocument(URI, 'markdown', 1, 'x\ry');
    const at: Position = { line: 1, character: 0 };
    document.update([{ range: { start: at, end: at }, text: '\nz' }], 2);
    assert.deepEqual(document.lines, ['x', 'zy']);
    assert.equal(document.getText(), 'x\r\nzy');
    assert.equal(document.lineCount, 2);
  });

  it('keep CRLF, lone CR and the missing final break in the text', () => {
    const document = new LineDocument(URI, 'markdown', 1, 'ก\r\nข\rค\n');
    const r: Range = { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } };
    document.update([{ range: r, text: '่' }], 2);
    assert.equal(document.getText(), 'ก่\r\nข\rค\n');
    assert.deepEqual(document.lines, ['ก่', 'ข', 'ค', '']);
  });

  it('take a paste of more lines than one splice call takes', () => {
    const document = new LineDocument(URI, 'markdown', 1, 'head\r\nกลาง\nท้าย');
    const before = document.lines;
    const pasted = Array.from({ length: 12000 }, (_, i) => `บรรทัด ${i}`).join('\r\n');
    const at: Position = { line: 1, character: 2 };
    document.update([{ range: { start: at, end: at }, text: pasted }], 2);
    const expected = applied('head\r\nกลาง\nท้าย', { range: { start: at, end: at }, text: pasted });
    assertSame(document, expected, {
      positions: [{ line: 6000, character: 3 }],
      offsets: [90000],
      ranges: [],
    });
    assert.ok(
      sameObject(document.lines[0], before[0]) && sameObject(document.lines.at(-1), before[2]),
    );
    assert.equal(document.lineCount, 12002);
  });

  it('build the text and the line offsets only when asked, once per version', () => {
    type Builder = 'join' | 'buildOffsets';
    const proto = LineDocument.prototype as unknown as Record<Builder, () => unknown>;
    const original = { join: proto.join, buildOffsets: proto.buildOffsets };
    const built = { join: 0, buildOffsets: 0 };
    const count = (name: Builder) =>
      function (this: unknown) {
        built[name]++;
        return original[name].call(this);
      };
    proto.join = count('join');
    proto.buildOffsets = count('buildOffsets');
    try {
      const document = new LineDocument(URI, 'markdown', 1, 'one\ntwo\r\nthree');
      const r: Range = { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } };
      document.update([{ range: r, text: 'T' }], 2);
      assert.equal(document.getText(r), 'T');
      assert.deepEqual(document.lines, ['one', 'Two', 'three']);
      assert.deepEqual(
        built,
        { join: 0, buildOffsets: 0 },
        'an edit and a range read build nothing',
      );
      const first = document.getText();
      assert.equal(document.getText(), first);
      assert.equal(document.offsetAt({ line: 2, character: 1 }), 10);
      assert.deepEqual(document.positionAt(10), { line: 2, character: 1 });
      assert.deepEqual(built, { join: 1, buildOffsets: 1 }, 'once per version');
      document.update([], 3);
      assert.equal(document.getText(), first);
      assert.deepEqual(built, { join: 1, buildOffsets: 1 }, 'no change, nothing rebuilt');
      document.update([{ range: r, text: 't' }], 4);
      assert.equal(document.getText(), 'one\ntwo\r\nthree');
      assert.deepEqual(built, { join: 2, buildOffsets: 1 });
    } finally {
      Object.assign(proto, original);
    }
  });

  it('give features the stored lines of a line document, and split any other document', () => {
    const { linesOf } = createLineDocuments();
    const document = new LineDocument(URI, 'markdown', 1, 'a\r\nb');
    assert.equal(linesOf(document), document.lines);
    assert.deepEqual(linesOf(TextDocument.create(URI, 'markdown', 1, 'a\rb\nc')), ['a', 'b', 'c']);
  });
});
