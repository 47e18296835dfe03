// "Fix all plancheck problems": the first fix of every finding of one analysis, renumbering done once
// for all numbering findings, fixes that would overlap an earlier one left out whole.
import type { Edit } from '../../checks/types.js';
import type { Analysis, Finding } from '../../engine.js';
import { compare } from './data.js';
import { renumberEdits } from './renumber.js';

/** Checks whose findings are repaired together by renumbering the whole plan. */
export const NUMBERING_CHECKS: ReadonlySet<string> = new Set([
  'dimension-numbering',
  'mission-numbering',
  'project-numbering',
]);

/** The edits of every finding's first fix, with renumbering in place of the numbering findings' fixes. */
export function fixAllEdits(analysis: Analysis): Edit[] {
  const fixes: Edit[][] = [];
  let renumbered = false;
  for (const f of analysis.findings) {
    if (NUMBERING_CHECKS.has(f.checkId) && hasFix(f)) {
      if (renumbered) continue;
      renumbered = true;
      const edits = renumberEdits(analysis.plan, analysis.index);
      if (edits.length) fixes.push(edits);
      continue;
    }
    const edits = f.data?.fixes?.[0]?.edits;
    if (edits?.length) fixes.push(edits);
  }
  return withoutOverlaps(fixes);
}

function hasFix(f: Finding): boolean {
  return (f.data?.fixes?.length ?? 0) > 0;
}

/** Keeps each fix whose edits overlap none kept before it (a fix is applied whole or not at all). */
export function withoutOverlaps(fixes: Edit[][]): Edit[] {
  const kept: Edit[] = [];
  for (const edits of fixes) {
    if (edits.some((e) => kept.some((k) => overlaps(e, k)))) continue;
    kept.push(...edits);
  }
  return kept.sort((a, b) => compare(a.range.start, b.range.start));
}

/** Two edits overlap when they share text, or replace the same text; two insertions at a point do not. */
function overlaps(a: Edit, b: Edit): boolean {
  const aEmpty = compare(a.range.start, a.range.end) === 0;
  const bEmpty = compare(b.range.start, b.range.end) === 0;
  if (aEmpty && bEmpty) return false;
  if (aEmpty)
    return compare(b.range.start, a.range.start) < 0 && compare(a.range.start, b.range.end) < 0;
  if (bEmpty)
    return compare(a.range.start, b.range.start) < 0 && compare(b.range.start, a.range.end) < 0;
  return compare(a.range.start, b.range.end) < 0 && compare(b.range.start, a.range.end) < 0;
}
