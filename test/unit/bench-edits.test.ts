// The bench's in-process edits (bench/engine-edits.ts) apply each change as the server's documents do:
// the same text as replacing the range in the whole string, and the undo gives the original back.
import assert from 'node:assert/strict';
import { applyChange } from '../../bench/engine-edits.js';
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
      const edited = applyChange(text.split('\n'), change);
      assert.equal(edited.join('\n'), onString(text, change));
      assert.notEqual(edited.join('\n'), text);
      assert.equal(applyChange(edited, undo).join('\n'), text);
    });
  }
});
