// Row matches that read as before. When matching must start over (a project renamed, added or
// removed), most rows still match what they matched: each of those keeps the previous version's match
// object, so that the row checks' memos (checks/runner.ts) keep their problems instead of checking
// all 410 rows of the 10× plan again for one renamed project.
import type { Project, TableRow } from './types.js';
import type { RowMatch } from './match.js';
import { isOrMovedFrom, movedFrom, recordMove } from './moved.js';

/** How a new object relates to an old one: the same object, a copy moved by lines, or neither. */
type Kinship = 'same' | 'moved' | 'other';

function kinship<T extends object>(now: T | undefined, was: T | undefined): Kinship {
  if (now === was) return 'same';
  return now && isOrMovedFrom(now, was) ? 'moved' : 'other';
}

/** Whether `now` matches as `was` did: 'same' when every part is the same object, 'moved' when some only moved. */
function compare(now: RowMatch, was: RowMatch): Kinship {
  if (
    now.numberSimilarity !== was.numberSimilarity ||
    now.bestSimilarity !== was.bestSimilarity ||
    now.agrees !== was.agrees ||
    now.note !== was.note
  )
    return 'other';
  const parts: Kinship[] = [
    kinship<TableRow>(now.row, was.row),
    kinship<Project>(now.byNumber, was.byNumber),
    kinship<Project>(now.best, was.best),
    kinship<Project>(now.project, was.project),
  ];
  if (parts.includes('other')) return 'other';
  return parts.includes('moved') ? 'moved' : 'same';
}

/**
 * `fresh` (every row matched again), with each match that reads as one of `previous` replaced by that
 * object, or recorded as its move when the row or its projects only moved by lines.
 */
export function keepSameMatches(fresh: RowMatch[], previous: readonly RowMatch[]): RowMatch[] {
  const byRow = new Map<TableRow, RowMatch>();
  for (const m of previous) if (!byRow.has(m.row)) byRow.set(m.row, m);
  return fresh.map((m) => {
    const origin = movedFrom(m.row);
    const was = byRow.get(m.row) ?? (origin && byRow.get(origin));
    if (!was) return m;
    const kin = compare(m, was);
    if (kin === 'same') return was;
    if (kin === 'moved') recordMove(m, was);
    return m;
  });
}
