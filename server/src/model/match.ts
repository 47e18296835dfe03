// Matches summary-table project rows to project sections, by number and by name.
import type { Project, TableRow } from './types.js';
import { baseNameKey, projectKey, similarity, similarityBound, splitNote } from './names.js';

/** A row agrees with the project of its number when their names are at least this similar. */
export const AGREE_SIMILARITY = 0.8;
/** A row "reads like" a project when their names are at least this similar. */
export const READS_LIKE_SIMILARITY = 0.7;

/** How one project row of the table relates to the project sections. */
export interface RowMatch {
  row: TableRow;
  /** The (first) project section with the row's number (in the row's group when numbers restart). */
  byNumber?: Project;
  /** Name similarity between the row and `byNumber` (0 when there is none). */
  numberSimilarity: number;
  /** The project whose name is most like the row's (first in document order on ties). */
  best?: Project;
  /** Name similarity between the row and `best`. */
  bestSimilarity: number;
  /** True when the row's name agrees with the project of its number and no other project is closer. */
  agrees: boolean;
  /** The project this row stands for: `byNumber` when it agrees, else `best` if it reads like it. */
  project?: Project;
  /** A trailing parenthesised note in the row's name, e.g. `(ไม่ตรง)`, absent from the project's name. */
  note?: string;
}

/** A project with its comparison key. */
interface Keyed {
  project: Project;
  key: string;
}

/** Matches every project row; exact names are looked up first, similarity is computed only for the rest. */
export function matchRows(
  rows: TableRow[],
  projects: Project[],
  numberedOf: (row: TableRow) => Project | undefined,
): RowMatch[] {
  const keyed: Keyed[] = projects.map((project) => ({ project, key: projectKey(project) }));
  const keyOf = new Map<Project, string>(keyed.map((k) => [k.project, k.key]));
  const exact = new Map<string, Project[]>();
  for (const k of keyed) {
    const same = exact.get(k.key);
    if (same) same.push(k.project);
    else exact.set(k.key, [k.project]);
  }

  // Rows of the same name have the same closest project (a table that repeats a row, or lists a
  // project under two missions): the search over every project is made once per name.
  const closestOf = new Map<string, ReturnType<typeof closest>>();
  const closestTo = (key: string): ReturnType<typeof closest> => {
    let found = closestOf.get(key);
    if (!found) closestOf.set(key, (found = closest(key, keyed)));
    return found;
  };
  return rows.map((row) => {
    const key = baseNameKey(row.name);
    const numbered = numberedOf(row);
    const numberSimilarity = numbered ? similarity(key, keyOf.get(numbered) ?? '') : 0;
    const same = exact.get(key);
    const { best, bestSimilarity } = same
      ? { best: numbered && same.includes(numbered) ? numbered : same[0], bestSimilarity: 1 }
      : closestTo(key);
    const agrees =
      !!numbered && numberSimilarity >= AGREE_SIMILARITY && numberSimilarity >= bestSimilarity;
    const project = agrees
      ? numbered
      : best && bestSimilarity >= READS_LIKE_SIMILARITY
        ? best
        : undefined;
    const note = project ? noteOf(row.name, project.name) : undefined;
    return {
      row,
      ...(numbered ? { byNumber: numbered } : {}),
      numberSimilarity,
      ...(best ? { best } : {}),
      bestSimilarity,
      agrees,
      ...(project ? { project } : {}),
      ...(note ? { note } : {}),
    };
  });
}

/** The project whose key is most similar to `key`, skipping those whose length alone rules them out. */
export function closest(
  key: string,
  keyed: { project: Project; key: string }[],
): { best?: Project; bestSimilarity: number } {
  let best: Project | undefined;
  let bestSimilarity = 0;
  for (const k of keyed) {
    if (similarityBound(key, k.key) <= bestSimilarity) continue;
    const s = similarity(key, k.key);
    if (s > bestSimilarity) {
      best = k.project;
      bestSimilarity = s;
    }
  }
  return best ? { best, bestSimilarity } : { bestSimilarity };
}

/** The row's trailing note when the project's own name does not carry it. */
function noteOf(rowName: string, projectName: string): string | undefined {
  const { note } = splitNote(rowName);
  if (!note) return undefined;
  return splitNote(projectName).note === note ? undefined : note;
}

/** From this many rows on, rows naming other projects than their numbers' are one problem: the order. */
export const REORDERED_MIN_ROWS = 3;

/**
 * The rows that name another project than the one of their number (the table lists the projects in
 * another order than the details), when there are at least `REORDERED_MIN_ROWS` of them; else none.
 */
export function reorderedRows(matches: readonly RowMatch[]): RowMatch[] {
  const out = matches.filter(
    (m) => !m.agrees && !!m.project && m.project !== m.byNumber && m.project.number !== null,
  );
  return out.length >= REORDERED_MIN_ROWS ? out : [];
}
