// Figures derived once from a parsed plan, shared by all checks: table↔project matching and sums.
import type { Plan, Project, Satang, TableRow } from './types.js';
import { matchRows, type RowMatch } from './match.js';
import { baseNameKey } from './names.js';
import { coverTotals, sumByDimension, sumRows, type TotalCoverage } from './totals.js';

export type { RowMatch } from './match.js';
export type { TotalCoverage } from './totals.js';

/** Derived figures for a plan, computed once per analysis. */
export interface PlanIndex {
  /** Project sections by their number, in document order (more than one when numbers repeat). */
  projectsByNumber: Map<number, Project[]>;
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
  /** Each total row with the rows it covers and its computed sums. */
  totals: TotalCoverage[];
  /** Sums of the project rows per dimension number, per year. */
  dimensionSums: Map<number, Map<number, Satang>>;
  /** Sums of all project rows, per year. */
  grandSums: Map<number, Satang>;
}

/** Builds the index for a plan. */
export function buildIndex(plan: Plan): PlanIndex {
  const projectsByNumber = new Map<number, Project[]>();
  for (const p of plan.projects) {
    if (p.number === null) continue;
    const same = projectsByNumber.get(p.number);
    if (same) same.push(p);
    else projectsByNumber.set(p.number, [p]);
  }
  const table = plan.table;
  const projectRows = table ? table.rows.filter((r) => r.kind === 'project') : [];
  const rowMatches = matchRows(projectRows, plan.projects, projectsByNumber);
  const matchOfRow = new Map(rowMatches.map((m) => [m.row, m]));
  const rowsOfProject = new Map<Project, RowMatch[]>();
  for (const m of rowMatches) {
    if (!m.project) continue;
    const rows = rowsOfProject.get(m.project);
    if (rows) rows.push(m);
    else rowsOfProject.set(m.project, [m]);
  }
  const years = table ? table.columns.years.map((y) => y.year) : [];
  return {
    projectsByNumber,
    projectRows,
    rowMatches,
    matchOfRow,
    rowsOfProject,
    projectsInTable: listedProjects(plan.projects, rowsOfProject),
    totals: table ? coverTotals(table) : [],
    dimensionSums: table ? sumByDimension(table) : new Map(),
    grandSums: sumRows(projectRows, years),
  };
}

/** Projects that some row stands for, plus projects named exactly like one of those. */
function listedProjects(
  projects: Project[],
  rowsOfProject: Map<Project, RowMatch[]>,
): Set<Project> {
  const listedKeys = new Set([...rowsOfProject.keys()].map((p) => baseNameKey(p.name)));
  return new Set(
    projects.filter((p) => rowsOfProject.has(p) || listedKeys.has(baseNameKey(p.name))),
  );
}
