// The line scan of a new version from the previous one (rescanLines, markTables given the previous
// kinds) must give what a scan from scratch gives: kinds, headings and blocks, for any edit of any lines,
// fences, comments and tables included. Keeping the previous arrays when nothing changed must not hide
// a change.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { rescanLines, scanLines, type LineScan } from '../../../server/src/parse/lines.js';
import { markTables } from '../../../server/src/parse/blocks.js';
import { diffLines } from '../../../server/src/parse/reuse.js';
import { LineKinds } from '../../../server/src/model/line-kinds.js';
import type { FoundTable } from '../../../server/src/parse/table.js';

const line = fc.constantFrom(
  '',
  'ข้อความ',
  '# ส่วนที่ 1',
  '## มิติที่ 1',
  '#### 1. โครงการ',
  '##### งบประมาณ',
  '```',
  '~~~',
  '<!-- หมายเหตุ',
  '-->',
  '<!-- ทั้งบรรทัด -->',
  '| ก | ข |',
  '|---|---|',
  '---',
  '   # ย่อหน้า',
);

/** Some lines and the same with a few of them replaced: any edit, at any place. */
const anEdit = fc
  .tuple(
    fc.array(line, { maxLength: 40 }),
    fc.nat(),
    fc.nat({ max: 4 }),
    fc.array(line, { maxLength: 4 }),
  )
  .map(([before, at, removed, inserted]) => {
    const after = before.slice();
    after.splice(before.length ? at % (before.length + 1) : 0, removed, ...inserted);
    return { before, after };
  });

/** The parts of a scan that a later parse reads, as plain data. */
function plain(scan: LineScan): unknown {
  const { kinds, headings, blocks, frontMatter } = scan;
  return {
    kinds: Array.from({ length: kinds.length }, (_, l) => kinds.get(l)),
    headings,
    blocks,
    frontMatter,
  };
}

/**
 * Tables for the marking: every run of lines starting with `|`, with the text lines after it (GFM reads
 * a text line right after a table as one more row, so the scan alone does not call it a table line).
 */
function tablesOf(lines: string[]): FoundTable[] {
  const out: FoundTable[] = [];
  for (let l = 0; l < lines.length; l++) {
    if (!lines[l]?.startsWith('|')) continue;
    const start = l;
    while (lines[l + 1]?.startsWith('|') || lines[l + 1] === 'ข้อความ') l++;
    out.push({ startLine: start, endLine: l, rows: [] });
  }
  return out;
}

describe('rescanning lines after an edit', () => {
  it('gives what a fresh scan gives, for any edit', () => {
    fc.assert(
      fc.property(anEdit, ({ before, after }) => {
        const prev = scanLines(before);
        const next = rescanLines(after, prev, diffLines(before, after));
        assert.deepEqual(plain(next), plain(scanLines(after)));
      }),
      { numRuns: 3000 },
    );
  });

  it('marks table lines as a fresh marking does, only where the scan read again', () => {
    fc.assert(
      fc.property(anEdit, ({ before, after }) => {
        const prev = scanLines(before);
        const marked = markTables(prev, tablesOf(before));
        const next = rescanLines(after, prev, diffLines(before, after));
        const tables = tablesOf(after);
        const fresh = scanLines(after).kinds;
        const expected = after.map((_, l) =>
          tables.some((t) => t.startLine <= l && l <= t.endLine) ? 'table' : fresh.get(l),
        );
        const kept = markTables(next, tables, marked);
        assert.deepEqual(
          Array.from({ length: kept.length }, (_, l) => kept.get(l)),
          expected,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the previous kinds, headings and blocks when a keystroke changes none of them', () => {
    const before = ['# ส่วนที่ 1', 'ข้อความ', '## มิติที่ 1', 'ข้อความ', '| ก |'];
    const after = before.slice();
    after[1] = 'ข้อความใหม่';
    const prev = scanLines(before);
    const next = rescanLines(after, prev, diffLines(before, after));
    assert.equal(next.kinds, prev.kinds);
    assert.equal(next.headings, prev.headings);
    assert.equal(next.blocks, prev.blocks);
  });

  it('makes new kinds when a keystroke turns text into a heading', () => {
    const before = ['# ส่วนที่ 1', 'ข้อความ', 'ข้อความ'];
    const after = ['# ส่วนที่ 1', '# ข้อความ', 'ข้อความ'];
    const prev = scanLines(before);
    const next = rescanLines(after, prev, diffLines(before, after));
    assert.notEqual(next.kinds, prev.kinds);
    assert.equal(next.kinds.get(1), 'heading');
    assert.equal(next.headings.length, 2);
  });
});

describe('line kinds', () => {
  it('reads back the kinds it was made from, and nothing outside the document', () => {
    const kinds = LineKinds.of(['front-matter', 'heading', 'table', 'comment']);
    assert.deepEqual(
      [-1, 0, 1, 2, 3, 4].map((l) => kinds.get(l)),
      [undefined, 'front-matter', 'heading', 'table', 'comment', undefined],
    );
    assert.deepEqual(kinds.linesOf('table'), [2]);
  });
});
