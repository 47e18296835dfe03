// Figures derived once from a parsed plan, shared by all checks: table↔project matching and sums.
import type { Plan, Project, Satang, SummaryTable, TableRow } from './types.js';
import { matchRows, reorderedRows, type RowMatch } from './match.js';
import { movedFrom, recordMove } from './moved.js';
import { keepSameMatches } from './match-keep.js';
import { baseNameKey, projectKey, similarity, similarityBound } from './names.js';
import { coverTotals, sumByDimension, sumRows, type TotalCoverage } from './totals.js';
import { developmentTotals, type DevTotals } from './development-totals.js';
import { detectNumbering, projectNumberKey, rowNumberKey, type Numbering } from './numbering.js';

export type { RowMatch } from './match.js';
export type { TotalCoverage } from './totals.js';

/** Derived figures for a plan, computed once per analysis. */
export interface PlanIndex {
  /** Project sections by their number, in document order (more than one when numbers repeat). */
  projectsByNumber: Map<number, Project[]>;
  /** Where project numbers start again at 1 in this plan (see model/numbering.ts). */
  numbering: Numbering;
  /** Project sections by number key (the number, within its group when numbers restart). */
  projectsByKey: Map<string, Project[]>;
  /** The summary table's project rows, in order. */
  projectRows: TableRow[];
  /** How each project row matches the project sections, in the order of `projectRows`. */
  rowMatches: RowMatch[];
  /** The match of each project row. */
  matchOfRow: Map<TableRow, RowMatch>;
  /** The rows that stand for each project (see `RowMatch.project`). */
  rowsOfProject: Map<Project, RowMatch[]>;
  /** Projects the table lists: a row stands for them, or for a project of exactly the same name. */
  projectsInTable: Set<Project>;
  /** Rows naming another project than their number's, when so many that the table's order differs. */
  reordered: RowMatch[];
  /** Each total row with the rows it covers and its computed sums. */
  totals: TotalCoverage[];
  /** Sums of the project rows per dimension number, per year. */
  dimensionSums: Map<number, Map<number, Satang>>;
  /** Sums of all project rows, per year. */
  grandSums: Map<number, Satang>;
  /** For a development plan: the ผ.01 ↔ ผ.02 correspondence and what each ผ.01 row should say. */
  development?: DevTotals;
}

/** Figures of the summary table alone, kept per table object (an unchanged table keeps its sums). */
const tableFigures = new WeakMap<
  SummaryTable,
  Pick<PlanIndex, 'projectRows' | 'totals' | 'dimensionSums' | 'grandSums'>
>();

/** The table's project rows, total coverage and sums. */
function figuresOf(
  table: SummaryTable | undefined,
): Pick<PlanIndex, 'projectRows' | 'totals' | 'dimensionSums' | 'grandSums'> {
  if (!table)
    return { projectRows: [], totals: [], dimensionSums: new Map(), grandSums: new Map() };
  let figures = tableFigures.get(table);
  if (!figures) {
    const projectRows = table.rows.filter((r) => r.kind === 'project');
    const years = table.years;
    figures = {
      projectRows,
      totals: coverTotals(table),
      dimensionSums: sumByDimension(table),
      grandSums: sumRows(projectRows, years),
    };
    tableFigures.set(table, figures);
  }
  return figures;
}

/** Builds the index for a plan; given the previous version's, unchanged row matches are kept. */
export function buildIndex(plan: Plan, previous?: { plan: Plan; index: PlanIndex }): PlanIndex {
  const projectsByNumber = new Map<number, Project[]>();
  for (const p of plan.projects) {
    if (p.number === null) continue;
    const same = projectsByNumber.get(p.number);
    if (same) same.push(p);
    else projectsByNumber.set(p.number, [p]);
  }
  // The numbering reads only the projects' numbers and groups: the same as before when those are.
  const swapped = previous && sameProjects(previous.plan.projects, plan.projects);
  const numbering = swapped && previous ? previous.index.numbering : detectNumbering(plan);
  const projectsByKey = new Map<string, Project[]>();
  for (const p of plan.projects) {
    const key = projectNumberKey(plan, p, numbering);
    if (key === undefined) continue;
    const same = projectsByKey.get(key);
    if (same) same.push(p);
    else projectsByKey.set(key, [p]);
  }
  const figures = figuresOf(plan.table);
  const { projectRows } = figures;
  const numberedOf = (row: TableRow): Project | undefined => {
    const key = rowNumberKey(row, numbering);
    return key === undefined ? undefined : projectsByKey.get(key)?.[0];
  };
  const rowMatches =
    (swapped && previous?.index.numbering === numbering
      ? rematch(projectRows, plan.projects, swapped, previous, numberedOf)
      : undefined) ?? matchAgain(projectRows, plan.projects, numberedOf, previous?.index);
  const matchOfRow = new Map(rowMatches.map((m) => [m.row, m]));
  const rowsOfProject = new Map<Project, RowMatch[]>();
  for (const m of rowMatches) {
    if (!m.project) continue;
    const rows = rowsOfProject.get(m.project);
    if (rows) rows.push(m);
    else rowsOfProject.set(m.project, [m]);
  }
  return {
    ...figures,
    projectsByNumber,
    numbering,
    projectsByKey,
    rowMatches,
    matchOfRow,
    rowsOfProject,
    projectsInTable: listedProjects(plan.projects, rowsOfProject),
    reordered: reorderedRows(rowMatches),
    ...(plan.development ? { development: developmentTotals(plan.development) } : {}),
  };
}

/** Every row matched from scratch, keeping the previous version's match objects that read the same. */
function matchAgain(
  rows: TableRow[],
  projects: Project[],
  numberedOf: (row: TableRow) => Project | undefined,
  previous: PlanIndex | undefined,
): RowMatch[] {
  const fresh = matchRows(rows, projects, numberedOf);
  return previous ? keepSameMatches(fresh, previous.rowMatches) : fresh;
}

/** Above this many rows read again, every row is matched again (matching one row reads every project). */
const MAX_ROWS_MATCHED_AGAIN = 64;

/** How the projects changed since the previous version, when only a few of them were renamed. */
interface SameProjects {
  /** Each previous project that is now another object → that object. */
  moved: Map<Project, Project>;
  /** The previous projects whose name changed → their new objects (also in `moved`). */
  renamed: Map<Project, Project>;
}

/** Above this many renamed projects, every row is matched again. */
const MAX_RENAMED = 4;

/**
 * When every project has the same number and groups at the same place as before (all that numbering
 * reads), and at most a few were renamed: how each changed; else undefined.
 */
function sameProjects(old: Project[], projects: Project[]): SameProjects | undefined {
  if (projects.length !== old.length) return undefined;
  const moved = new Map<Project, Project>();
  const renamed = new Map<Project, Project>();
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i] as Project;
    const o = old[i] as Project;
    if (p === o) continue;
    if (p.number !== o.number) return undefined;
    if (p.dimensionIndex !== o.dimensionIndex || p.missionIndex !== o.missionIndex)
      return undefined;
    if (p.name !== o.name) {
      renamed.set(o, p);
      if (renamed.size > MAX_RENAMED) return undefined;
    }
    moved.set(o, p);
  }
  return { moved, renamed };
}

/**
 * Whether a row's match may change with projects renamed: it refers to one of them, or the row's
 * name is at least as like one of the new names as like its best project (ties go to document order),
 * unless it is exactly the name of the project of its number (the first choice among equals).
 */
function touchedByRenames(m: RowMatch, renamed: Map<Project, Project>, newKeys: string[]): boolean {
  if (renamed.size === 0) return false;
  for (const p of [m.byNumber, m.best, m.project]) if (p && renamed.has(p)) return true;
  // Named exactly as the project of its number: that project, whatever else is named so.
  if (m.best === m.byNumber && m.bestSimilarity === 1) return false;
  const key = baseNameKey(m.row.name);
  return newKeys.some(
    (k) => similarityBound(key, k) >= m.bestSimilarity && similarity(key, k) >= m.bestSimilarity,
  );
}

/**
 * The previous row matches carried over, when the table has as many project rows and the projects
 * read the same but for a few names (`sameProjects`): references to projects that were re-parsed are
 * swapped for the new objects, a match that references none of them is kept as is, and the few rows
 * read again (an edited cell) or that a renamed project may match otherwise are matched again (a
 * row's match reads only the row and all the projects). Undefined when matching must start over.
 */
function rematch(
  rows: TableRow[],
  projects: Project[],
  { moved, renamed }: SameProjects,
  previous: { plan: Plan; index: PlanIndex },
  numberedOf: (row: TableRow) => Project | undefined,
): RowMatch[] | undefined {
  const oldRows = previous.index.projectRows;
  if (rows.length !== oldRows.length) return undefined;
  // A row moved by the edit (the table below inserted or deleted lines) is the same row; a row read
  // again (a cell edited) is matched again on its own, if there are few.
  const movedRows = new Map<TableRow, TableRow>();
  const readAgain = new Map<TableRow, TableRow>();
  rows.forEach((r, i) => {
    const o = oldRows[i] as TableRow;
    if (r !== o) (movedFrom(r) === o ? movedRows : readAgain).set(o, r);
  });
  if (moved.size === 0 && movedRows.size === 0 && readAgain.size === 0)
    return previous.index.rowMatches;
  const newKeys = [...renamed.values()].map(projectKey);
  for (const m of previous.index.rowMatches) {
    if (readAgain.size > MAX_ROWS_MATCHED_AGAIN) break;
    if (!readAgain.has(m.row) && touchedByRenames(m, renamed, newKeys))
      readAgain.set(m.row, movedRows.get(m.row) ?? m.row);
  }
  if (readAgain.size > MAX_ROWS_MATCHED_AGAIN) return undefined;
  const again = new Map(
    readAgain.size === 0
      ? []
      : matchRows([...readAgain.values()], projects, numberedOf).map((m) => [m.row, m]),
  );
  const swap = (p: Project | undefined): Project | undefined => (p && moved.get(p)) ?? p;
  const isMoved = (p: Project | undefined): boolean => !!p && moved.has(p);
  // Only moved by lines, the same content: what a row check found for it still holds, moved along.
  const onlyMoved = (p: Project | undefined): boolean => {
    const now = p && moved.get(p);
    return !now || movedFrom(now) === p;
  };
  return previous.index.rowMatches.map((m) => {
    const read = readAgain.get(m.row);
    if (read) return again.get(read) as RowMatch;
    const row = movedRows.get(m.row);
    if (!row && !isMoved(m.byNumber) && !isMoved(m.best) && !isMoved(m.project)) return m;
    const byNumber = swap(m.byNumber);
    const best = swap(m.best);
    const project = swap(m.project);
    const next: RowMatch = {
      ...m,
      ...(row ? { row } : {}),
      ...(byNumber ? { byNumber } : {}),
      ...(best ? { best } : {}),
      ...(project ? { project } : {}),
    };
    if (onlyMoved(m.byNumber) && onlyMoved(m.best) && onlyMoved(m.project)) recordMove(next, m);
    return next;
  });
}

/** Projects that some row stands for, plus projects named exactly like one of those. */
function listedProjects(
  projects: Project[],
  rowsOfProject: Map<Project, RowMatch[]>,
): Set<Project> {
  const listedKeys = new Set([...rowsOfProject.keys()].map(projectKey));
  return new Set(projects.filter((p) => rowsOfProject.has(p) || listedKeys.has(projectKey(p))));
}
