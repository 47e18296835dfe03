// The bench's edits (bench/edits.ts), applied as the engine-alone run applies them (the server's
// LineDocument): the same text as replacing the range in the whole string, and the undo gives the
// original back, so that alternating them times the same two versions.
import assert from 'node:assert/strict';
import { LineDocument } from '../../server/src/line-document.js';
import {
  deleteLine,
  enterAtEnd,
  paste,
  replaceChar,
  typeChar,
  type Change,
} from '../../bench/edits.js';

const text = ['# แผน', '', '1. เพื่อ', '20,000  บาท', '| มิติ | 20,000 |'].join('\n');

/** The change made on the whole string, through offsets. */
function onString(s: string, { range, text: by }: Change): string {
  const lines = s.split('\n');
  const offset = (p: { line: number; character: number }): number =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return s.slice(0, offset(range.start)) + by + s.slice(offset(range.end));
}

describe('bench: edits applied in-process', () => {
  const kinds: [string, [Change, Change]][] = [
    ['typed', typeChar({ line: 2, character: 3 })],
    ['enter', enterAtEnd(text, { line: 2, character: 0 })],
    ['digit', replaceChar(text, { line: 3, character: 0 }, '3')],
    ['deleted', deleteLine(text, 1)],
    ['pasted', paste(2, ['## มิติที่ 2', 'ข้อความ'])],
  ];
  for (const [name, [change, undo]] of kinds) {
    it(`applies "${name}" like an edit of the string, and its undo restores the text`, () => {
      const document = new LineDocument('file:///plan.md', 'markdown', 1, text);
      document.update([change], 2);
      assert.equal(document.lines.join('\n'), onString(text, change));
      assert.notEqual(document.lines.join('\n'), text);
      document.update([undo], 3);
      assert.equal(document.lines.join('\n'), text);
    });
  }
});
