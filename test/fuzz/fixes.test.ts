// Quick-fix properties over mutated real plans and noisy generated plans: a fix removes its diagnostic,
// changes nothing outside its edits, cannot apply twice; "fix all" reaches a fixed point in one go.
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import './support/hooks.js';
import type { Edit, Fix } from '../../server/src/checks/types.js';
import type { Finding } from '../../server/src/engine.js';
import { isFresh, overlapping } from '../../server/src/features/fixes/data.js';
import { fixAllEdits } from '../../server/src/features/fixes/fix-all.js';
import { splitLines } from '../../server/src/parse/lines.js';
import { assertRanges, timedAnalyze } from './support/invariants.js';
import { mutatedPlan } from './support/mutations.js';
import { noisyPlan } from './support/plan-noise.js';
import { check } from './support/profile.js';

const plan = fc.oneof(mutatedPlan, noisyPlan);

/**
 * Applications of fix-all allowed to reach a fixed point. The goal is 1; today a fix that changes a
 * figure another fix summed (a row total after its year cells) needs another round, so CI allows 3
 * (PLANCHECK_FUZZ_FIX_ALL_ROUNDS=1 shows the cases still needing more).
 */
const FIX_ALL_ROUNDS = Number(process.env.PLANCHECK_FUZZ_FIX_ALL_ROUNDS || 3);

function doc(text: string): TextDocument {
  return TextDocument.create('file:///fuzz.plan.md', 'markdown', 1, text);
}

/** Applies edits as an editor does (LF, CRLF and CR lines alike). */
function apply(text: string, edits: Edit[]): string {
  return TextDocument.applyEdits(doc(text), edits);
}

/** Throws unless `after` is `before` with each edit's range replaced by its text and nothing else. */
function assertOnlyEdited(before: string, after: string, edits: Edit[]): void {
  const d = doc(before);
  const spans = edits
    .map((e) => ({ from: d.offsetAt(e.range.start), to: d.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  let i = 0;
  let j = 0;
  for (const s of spans) {
    const kept = before.slice(i, s.from);
    if (after.slice(j, j + kept.length) !== kept) throw new Error('text between edits changed');
    j += kept.length;
    if (after.slice(j, j + s.text.length) !== s.text)
      throw new Error('an edit did not write its text');
    j += s.text.length;
    i = s.to;
  }
  if (after.slice(j) !== before.slice(i)) throw new Error('text after the last edit changed');
}

/** Offset of a position of `before` once the edits are applied (inside an edit: its start). */
function mapOffset(before: string, edits: Edit[], p: Edit['range']['start']): number {
  const d = doc(before);
  const offset = d.offsetAt(p);
  let shift = 0;
  for (const e of edits) {
    const from = d.offsetAt(e.range.start);
    const to = d.offsetAt(e.range.end);
    if (to <= offset && !(from === to && from === offset)) shift += e.newText.length - (to - from);
    else if (from < offset && offset < to) shift += from - offset;
  }
  return offset + shift;
}

/** True when every edit inserts text at the very end of a document whose last line is not blank. */
function appendsAfterLastLine(text: string, fix: Fix): boolean {
  const lines = splitLines(text);
  const last = lines.length - 1;
  const end = { line: last, character: (lines[last] ?? '').length };
  return (
    (lines[last] ?? '').trim() !== '' &&
    fix.edits.every(
      (e) =>
        e.range.start.line === end.line &&
        e.range.start.character === end.character &&
        e.range.end.line === end.line &&
        e.range.end.character === end.character,
    )
  );
}

/** What makes a finding the same problem: its check, message, expected value and where it starts. */
function identity(f: Finding, offset: number): string {
  return `${f.checkId}|${f.message.key}|${String(f.data?.expected ?? '')}|${offset}`;
}

describe('fuzz: quick fixes', function () {
  this.timeout(0);

  it('a fix removes its diagnostic, edits only its ranges and cannot apply twice', () => {
    check(
      'quick fixes',
      fc.property(plan, fc.nat(), (text, pick) => {
        const analysis = timedAnalyze('quick fixes', text);
        const pairs: [Finding, Fix][] = analysis.findings.flatMap((f) =>
          (f.data?.fixes ?? []).map((fix): [Finding, Fix] => [f, fix]),
        );
        fc.pre(pairs.length > 0);
        const [finding, fix] = pairs[pick % pairs.length] as [Finding, Fix];
        const label = `${finding.checkId} at line ${finding.range.start.line + 1} (${fix.title.key})`;
        assertRanges(text, analysis);
        if (fix.edits.length === 0) throw new Error(`${label}: no edits`);
        if (!isFresh(fix, splitLines(text)))
          throw new Error(`${label}: not stamped with its lines`);
        if (overlapping(fix.edits)) throw new Error(`${label}: edits overlap`);
        const after = apply(text, fix.edits);
        if (after === text) throw new Error(`${label}: changes nothing`);
        assertOnlyEdited(text, after, fix.edits);
        const again = timedAnalyze('quick fixes', after);
        const target = identity(finding, mapOffset(text, fix.edits, finding.range.start));
        const d = doc(after);
        if (again.findings.some((f) => identity(f, d.offsetAt(f.range.start)) === target))
          throw new Error(`${label}: its diagnostic is still there`);
        // Applied again, the fix is stale (its lines changed) or changes nothing. Known exception (reported):
        // text appended after a last line that has no line break reads as fresh, since no stamped line changed.
        if (
          isFresh(fix, splitLines(after)) &&
          apply(after, fix.edits) !== after &&
          !appendsAfterLastLine(text, fix)
        )
          throw new Error(`${label}: applies twice`);
      }),
    );
  });

  it(`fix all reaches a fixed point within ${FIX_ALL_ROUNDS} application(s)`, () => {
    check(
      'fix all',
      fc.property(plan, (text) => {
        let current = text;
        for (let round = 1; ; round++) {
          const edits = fixAllEdits(timedAnalyze('fix all', current));
          if (edits.length === 0) return;
          if (round > FIX_ALL_ROUNDS)
            throw new Error(
              `fix-all still edits after ${FIX_ALL_ROUNDS} application(s): ${edits
                .slice(0, 4)
                .map(
                  (e) =>
                    `${e.range.start.line + 1}:${e.range.start.character} → ${JSON.stringify(e.newText)}`,
                )
                .join(', ')}`,
            );
          if (overlapping(edits)) throw new Error('fix-all edits overlap');
          const after = apply(current, edits);
          assertOnlyEdited(current, after, edits);
          current = after;
        }
      }),
    );
  });
});
