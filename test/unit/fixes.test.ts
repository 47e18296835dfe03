// Every quick fix round-trips on the seed plan and on every check fixture: its diagnostic is gone, no
// text outside its edits changed, and it cannot apply twice. Fix-all, renumbering and table regeneration.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Finding } from '../../server/src/engine.js';
import { checks } from '../../server/src/checks/index.js';
import type { Edit } from '../../server/src/checks/types.js';
import { projectAmount } from '../../server/src/checks/budget-missing.js';
import { splitLines } from '../../server/src/parse/lines.js';
import { isFresh, overlapping } from '../../server/src/features/fixes/data.js';
import { fixAllEdits } from '../../server/src/features/fixes/fix-all.js';
import { regenerateTableEdit } from '../../server/src/features/fixes/regenerate.js';
import { applyEdits } from '../support/edits.js';
import { readFixture } from '../support/expectations.js';
import { TABLE_CONSISTENCY } from '../support/table-checks.js';

const root = join(import.meta.dirname, '..', '..');
const seed = readFileSync(join(root, 'samples', 'pok-noi-2566-2570.plan.md'), 'utf8');
const fixtureDir = join(root, 'test', 'fixtures', 'checks');
const fixtures: [string, string][] = readdirSync(fixtureDir).flatMap((id) =>
  (['bad', 'good'] as const).map((kind): [string, string] => [
    `${id}/${kind}`,
    readFixture(readFileSync(join(fixtureDir, id, `${kind}.plan.md`), 'utf8')).text,
  ]),
);
const sources: [string, string][] = [['seed', seed], ...fixtures];

/** Offsets of a text's positions. */
function offsets(text: string): (p: Edit['range']['start']) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (p) => (starts[p.line] ?? text.length) + p.character;
}

/** Asserts that `after` is `before` with each edit's range replaced and nothing else changed. */
function assertOnlyEdited(before: string, after: string, edits: Edit[]): void {
  const at = offsets(before);
  const spans = edits
    .map((e) => ({ from: at(e.range.start), to: at(e.range.end), text: e.newText }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  let i = 0; // position in `before`
  let j = 0; // position in `after`
  for (const s of spans) {
    const kept = before.slice(i, s.from);
    assert.equal(after.slice(j, j + kept.length), kept, 'text between edits is unchanged');
    j += kept.length;
    assert.equal(after.slice(j, j + s.text.length), s.text, 'the edit wrote its text');
    j += s.text.length;
    i = s.to;
  }
  assert.equal(after.slice(j), before.slice(i), 'text after the last edit is unchanged');
}

/** Where a position of `before` is after the edits (a position inside an edit moves to its start). */
function mapPosition(before: string, edits: Edit[], p: Edit['range']['start']): number {
  const at = offsets(before);
  const offset = at(p);
  let shift = 0;
  for (const e of edits) {
    const from = at(e.range.start);
    const to = at(e.range.end);
    if (to <= offset && !(from === to && from === offset)) shift += e.newText.length - (to - from);
    else if (from < offset && offset < to) shift += from - offset;
  }
  return offset + shift;
}

/** What makes a finding the same problem: its check, message, expected value and where it starts. */
function identity(f: Finding, offset: number): string {
  return `${f.checkId}|${f.message.key}|${String(f.data?.expected ?? '')}|${offset}`;
}

describe('quick fixes: every fix round-trips', () => {
  let total = 0;
  for (const [name, text] of sources) {
    it(`${name}: each fix removes its diagnostic, edits only its ranges, and cannot apply twice`, function () {
      this.timeout(120_000); // one re-check per fix: the seed has over a hundred
      const analysis = analyze(text);
      const lines = splitLines(text);
      for (const finding of analysis.findings) {
        for (const fix of finding.data?.fixes ?? []) {
          total++;
          const label = `${finding.checkId} at ${finding.range.start.line + 1}: ${fix.title.key}`;
          assert.ok(fix.edits.length > 0, `${label}: has edits`);
          assert.ok(isFresh(fix, lines), `${label}: stamped with the lines it edits`);
          assert.ok(!overlapping(fix.edits), `${label}: edits do not overlap`);
          const after = applyEdits(text, fix.edits);
          assert.notEqual(after, text, `${label}: changes the text`);
          assertOnlyEdited(text, after, fix.edits);
          const again = analyze(after);
          const at = offsets(after);
          const target = identity(finding, mapPosition(text, fix.edits, finding.range.start));
          const still = again.findings.filter((f) => identity(f, at(f.range.start)) === target);
          assert.deepEqual(still, [], `${label}: its diagnostic is gone`);
          // Applying the same fix again: its lines changed, so it is stale and is not applied.
          const afterLines = splitLines(after);
          if (isFresh(fix, afterLines)) assert.equal(applyEdits(after, fix.edits), after, label);
        }
      }
    });
  }
  it('covers every fixable check, and the seed has 32 fixes', () => {
    const seedFixes = analyze(seed).findings.flatMap((f) => f.data?.fixes ?? []);
    assert.equal(seedFixes.length, 32);
    for (const { meta } of checks.filter((c) => c.meta.fixable)) {
      const text = fixtures.find(([name]) => name === `${meta.id}/bad`)?.[1] ?? '';
      assert.ok(
        analyze(text).findings.some((f) => f.checkId === meta.id && f.data?.fixes?.length),
        `${meta.id}: its bad fixture has a fix`,
      );
    }
    assert.ok(total > seedFixes.length);
  });
});

describe('fix-all', () => {
  it('on the seed: one application leaves no fixable finding, and a second changes nothing', () => {
    const after = applyEdits(seed, fixAllEdits(analyze(seed)));
    const left = analyze(after);
    assert.deepEqual(
      left.findings.filter((f) => f.data?.fixes?.length).map((f) => f.checkId),
      [],
    );
    assert.deepEqual(fixAllEdits(left), []);
    const unfixable = new Set(checks.filter((c) => !c.meta.fixable).map((c) => c.meta.id));
    for (const f of left.findings) assert.ok(unfixable.has(f.checkId), f.checkId);
  });
  for (const [name, text] of fixtures) {
    it(`${name}: at most two applications leave no fixable finding`, () => {
      let current = text;
      for (let round = 0; round < 2; round++) {
        current = applyEdits(current, fixAllEdits(analyze(current)));
      }
      const left = analyze(current).findings.filter((f) => f.data?.fixes?.length);
      assert.deepEqual(
        left.map((f) => f.checkId),
        [],
      );
    });
  }
});

describe('regenerate the summary table', () => {
  for (const [name, text] of sources) {
    it(`${name}: afterwards the table agrees with the details and with itself`, () => {
      const analysis = analyze(text);
      const edit = regenerateTableEdit(analysis.plan, analysis.index);
      if (!analysis.plan.table) return assert.equal(edit, undefined);
      const after = edit ? applyEdits(text, [edit]) : text;
      if (edit) assertOnlyEdited(text, after, [edit]);
      const again = analyze(after);
      const tableProblems = again.findings.filter((f) => TABLE_CONSISTENCY.has(f.checkId));
      assert.deepEqual(
        tableProblems.map((f) => `${f.range.start.line + 1}:${f.checkId}`),
        [],
      );
      // A blank cell remains only where the project's own budget does not state that year.
      for (const f of again.findings.filter((x) => x.checkId === 'budget-missing')) {
        const row = again.index.rowMatches.find((m) => m.row.line === f.range.start.line);
        const year = [...(row?.row.years ?? [])].find(([, c]) => c.cell.range === f.range)?.[0];
        assert.ok(row?.project && year !== undefined);
        assert.equal(projectAmount(row.project.budget, year), undefined);
      }
      assert.equal(regenerateTableEdit(again.plan, again.index), undefined, 'idempotent');
    });
  }
});
