// The summary table computed from the project details (never from the written table): exact sums in satang.
// A development plan's summary is its ผ.01 worked out from the ผ.02 rows instead (`development`).
import { developmentForms, type DevelopmentForms } from './development-projects.js';
import type { Plan, Project, Satang } from './types.js';

/** A dimension as shown in the summary. */
export interface SummaryDimension {
  /** Its number, or null when the heading has none. */
  number: number | null;
  title: string;
}

/** A mission as shown in the summary (`D.M title`). */
export interface SummaryMission {
  /** The first number of `D.M`, or null. */
  dimensionNumber: number | null;
  /** The second number of `D.M`, or null. */
  number: number | null;
  title: string;
}

/** Per-year sums with a row total and the number of projects summed. */
export interface SummaryTotals {
  /** Amount per summary year; every year is present (zero when nothing was summed). */
  amounts: Map<number, Satang>;
  /** Sum over the years. */
  total: Satang;
  /** Number of projects summed. */
  count: number;
}

/** One project row. */
export interface SummaryRow {
  /** The project's number, or null when its heading has none. */
  number: number | null;
  name: string;
  /** The mission the project belongs to, or null. */
  mission: SummaryMission | null;
  /** Amount per summary year as stated in the project's budget; a year absent here is unknown. */
  amounts: Map<number, Satang>;
  /** Summary years the project's budget does not state (shown blank, summed as zero). */
  missingYears: number[];
  /** Sum of the known amounts. */
  total: Satang;
  /** The project in the model, for navigation. */
  project: Project;
}

/** A dimension's rows and subtotal; `dimension` is null for projects outside any dimension. */
export interface SummaryGroup {
  dimension: SummaryDimension | null;
  rows: SummaryRow[];
  subtotal: SummaryTotals;
}

/** The whole computed summary table. */
export interface Summary {
  /** Plan title from the front matter, when given. */
  title?: string;
  /** Organization from the front matter, when given. */
  organization?: string;
  /** The years, one column each: the front-matter years (see `summaryYears`); a development plan's own. */
  years: number[];
  /** True when at least one project belongs to a mission (the layout then has a mission column). */
  hasMissions: boolean;
  /** Groups in document order; none for a development plan. */
  groups: SummaryGroup[];
  /** The sum of the groups (zero for a development plan: see `development`). */
  grandTotal: SummaryTotals;
  /** For a development plan: the ผ.01 summary worked out from ผ.02, and the ผ.02 rows. */
  development?: DevelopmentForms;
}

/** The summary's years: the front matter's, else the written table's, else those the budgets name. */
export function summaryYears(plan: Plan): number[] {
  if (plan.frontMatter.years.length > 0) return [...plan.frontMatter.years];
  const fromTable = plan.table?.years ?? [];
  if (fromTable.length > 0) return [...new Set(fromTable)].sort((a, b) => a - b);
  const fromBudgets = plan.projects.flatMap((p) => [...p.budget.amounts.keys()]);
  return [...new Set(fromBudgets)].sort((a, b) => a - b);
}

/** Computes the summary table of a plan from its project sections. */
export function computeSummary(plan: Plan): Summary {
  if (plan.development) {
    const development = developmentForms(plan.development);
    return {
      title: plan.frontMatter.title,
      organization: plan.frontMatter.organization,
      years: development.years,
      hasMissions: false,
      groups: [],
      grandTotal: emptyTotals(development.years),
      development,
    };
  }
  const years = summaryYears(plan);
  const ordered: { line: number; group: SummaryGroup }[] = plan.dimensions.map((d) => ({
    line: d.heading.line,
    group: {
      dimension: { number: d.number, title: d.title },
      rows: d.projects.map((p) => projectRow(plan, p, years)),
      subtotal: emptyTotals(years),
    },
  }));
  const outside = plan.projects.filter((p) => plan.dimensions[p.dimensionIndex] === undefined);
  if (outside.length > 0) {
    const rows = outside.map((p) => projectRow(plan, p, years));
    ordered.push({
      line: outside[0]?.heading.line ?? 0,
      group: { dimension: null, rows, subtotal: emptyTotals(years) },
    });
  }
  ordered.sort((a, b) => a.line - b.line);
  const groups = ordered.map((o) => o.group);
  const grandTotal = emptyTotals(years);
  for (const g of groups) {
    for (const row of g.rows) {
      addRow(g.subtotal, row);
      addRow(grandTotal, row);
    }
  }
  return {
    title: plan.frontMatter.title,
    organization: plan.frontMatter.organization,
    years,
    hasMissions: groups.some((g) => g.rows.some((r) => r.mission !== null)),
    groups,
    grandTotal,
  };
}

function projectRow(plan: Plan, p: Project, years: number[]): SummaryRow {
  const mission = plan.dimensions[p.dimensionIndex]?.missions[p.missionIndex];
  const amounts = new Map<number, Satang>();
  const missingYears: number[] = [];
  let total = 0n;
  for (const year of years) {
    const v = p.budget.amounts.get(year);
    if (v === undefined) {
      missingYears.push(year);
      continue;
    }
    amounts.set(year, v);
    total += v;
  }
  return {
    number: p.number,
    name: p.name,
    mission: mission
      ? { dimensionNumber: mission.dimensionNumber, number: mission.number, title: mission.title }
      : null,
    amounts,
    missingYears,
    total,
    project: p,
  };
}

function emptyTotals(years: number[]): SummaryTotals {
  return { amounts: new Map(years.map((y) => [y, 0n])), total: 0n, count: 0 };
}

function addRow(t: SummaryTotals, row: SummaryRow): void {
  for (const [year, v] of row.amounts) t.amounts.set(year, (t.amounts.get(year) ?? 0n) + v);
  t.total += row.total;
  t.count += 1;
}
