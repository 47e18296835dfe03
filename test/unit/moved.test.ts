// Moved model objects know their origin during the analysis that moved them, and only then.
import { strict as assert } from 'node:assert';
import {
  isOrMovedFrom,
  movedFrom,
  recordMove,
  shiftHeading,
  withMoves,
} from '../../server/src/model/moved.js';
import { LineHeading } from '../../server/src/model/heading.js';

describe('moved objects', () => {
  it('a moved heading knows its origin while the analysis that moved it runs, then not', () => {
    const h = new LineHeading(3, 'มิติที่ 1', 10, 14, 4, 14);
    const copy = withMoves(() => {
      const moved = shiftHeading(h, 2);
      assert.equal(moved.line, 12);
      assert.equal(movedFrom(moved), h);
      assert.equal(movedFrom(h), undefined);
      assert.ok(isOrMovedFrom(moved, h) && isOrMovedFrom(h, h));
      assert.ok(!isOrMovedFrom(h, moved) && !isOrMovedFrom(moved, undefined));
      return moved;
    });
    assert.equal(movedFrom(copy), undefined);
    withMoves(() => {
      // A later analysis: the copy is the previous version's heading now, not a move of this one.
      assert.equal(movedFrom(copy), undefined);
      const again = shiftHeading(copy, -1);
      assert.equal(movedFrom(again), copy);
      assert.deepEqual(again.textRange, {
        start: { line: 11, character: 4 },
        end: { line: 11, character: 14 },
      });
    });
  });

  it('other objects are recorded for the analysis under way only', () => {
    const original = { line: 1 };
    const copy = { line: 2 };
    withMoves(() => {
      recordMove(copy, original);
      assert.equal(movedFrom(copy), original);
    });
    withMoves(() => assert.equal(movedFrom(copy), undefined));
  });
});
