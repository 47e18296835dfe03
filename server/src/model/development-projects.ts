// A development plan's two forms ready to show: the ผ.01 summary worked out from ผ.02, and the ผ.02
// project rows flattened, each with its ยุทธศาสตร์ and แผนงาน as ผ.01 labels them and its budget per year
// and over the years (exact satang; null where a cell is blank or unreadable).
import type { DevelopmentPlan, DevProject } from './development.js';
import {
  developmentSummary,
  programmeLabel,
  strategyLabel,
  type DevelopmentSummary,
} from './development-summary.js';
import type { Satang } from './types.js';

/** One ผ.02 project row. */
export interface ProjectLine {
  /** The ยุทธศาสตร์ as ผ.01 labels it, or '' for a row outside any. */
  strategy: string;
  /** The แผนงาน as ผ.01 labels it, or '' for a row before any แผนงาน heading. */
  programme: string;
  /** The ที่ column's number, or null. */
  number: number | null;
  name: string;
  /** Budget per plan year: `-` and a missing column are 0; null when the cell is blank or unreadable. */
  amounts: Map<number, Satang | null>;
  /** Sum over the years, or null when any year is unknown. */
  total: Satang | null;
  /** True when the row repeats an earlier project of its แผนงาน (ผ.01 does not count it). */
  repeated: boolean;
  /** Zero-based line of the row. */
  line: number;
}

/** The ผ.01 summary and the ผ.02 rows behind it. */
export interface DevelopmentForms extends DevelopmentSummary {
  /** Every ผ.02 row, in document order. */
  projects: ProjectLine[];
}

/** The plan's ผ.01 summary (from ผ.02) and its ผ.02 rows. */
export function developmentForms(plan: DevelopmentPlan): DevelopmentForms {
  return {
    ...developmentSummary(plan),
    projects: plan.projects.map((p) => projectLine(plan, p)),
  };
}

function projectLine(plan: DevelopmentPlan, p: DevProject): ProjectLine {
  const strategy = plan.strategies[p.strategyIndex];
  const programme = plan.programmes[p.programmeIndex];
  const amounts = new Map<number, Satang | null>();
  let total: Satang | null = 0n;
  for (const y of plan.years) {
    // As ผ.01 counts it (programmeFigures): a year without a column adds nothing.
    const v = p.amounts.get(y);
    const value = v ? v.value : 0n;
    amounts.set(y, value);
    total = total === null || value === null ? null : total + value;
  }
  return {
    strategy: strategy ? strategyLabel(strategy, p.strategyIndex) : '',
    programme: programme ? programmeLabel(programme) : '',
    number: p.number,
    name: p.name,
    amounts,
    total,
    repeated: p.repeats !== undefined,
    line: p.line,
  };
}
