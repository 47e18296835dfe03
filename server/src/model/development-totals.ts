// What the ผ.01 summary of a development plan should say, worked out from the ผ.02 project rows: per
// แผนงาน, the projects with a budget in each year and their sum; per ยุทธศาสตร์ (รวม) and for the plan
// (รวมทั้งสิ้น), the sums of its แผนงาน rows; over five years, the sums of the years. A figure that
// rests on a blank or unreadable cell is unknown (null) and is not checked: that cell is reported.
import type { DevelopmentPlan, DevProgramme, DevSummaryRow } from './development.js';
import type { Satang } from './types.js';

/** Counts and amounts per year and over all years; null where unknown. */
export interface Figures {
  counts: Map<number, number | null>;
  amounts: Map<number, Satang | null>;
  totalCount: number | null;
  totalAmount: Satang | null;
}

/** Where a summary row's expected figures come from. */
export type Basis = 'programme' | 'strategy' | 'plan';

/** A summary row's expected figures. */
export interface Expected {
  figures: Figures;
  basis: Basis;
  /** For `programme`: the ผ.02 แผนงาน (index in `DevelopmentPlan.programmes`). */
  programme?: number;
}

/** The ผ.01 ↔ ผ.02 correspondence and every summary row's expected figures. */
export interface DevTotals {
  /** Each ผ.02 แผนงาน's own figures, by programme index. */
  programmes: Figures[];
  /** Summary row index → ผ.02 programme index, for the rows matched. */
  rowProgramme: Map<number, number>;
  /** ผ.02 programme index → summary row index. */
  programmeRow: Map<number, number>;
  /** Summary row index → its expected figures (absent: nothing to compare with). */
  expected: Map<number, Expected>;
}

/** The sum of counts, null when any is unknown. */
export function sumCounts(xs: (number | null)[]): number | null {
  let total = 0;
  for (const x of xs) {
    if (x === null) return null;
    total += x;
  }
  return total;
}

/** The sum of amounts, null when any is unknown. */
export function sumAmounts(xs: (Satang | null)[]): Satang | null {
  let total = 0n;
  for (const x of xs) {
    if (x === null) return null;
    total += x;
  }
  return total;
}

/** The figures of one ผ.02 แผนงาน: repeated rows left out, a blank or unreadable cell unknown. */
export function programmeFigures(p: DevProgramme, years: readonly number[]): Figures {
  const counts = new Map<number, number | null>();
  const amounts = new Map<number, Satang | null>();
  const rows = p.projects.filter((r) => !r.repeats);
  for (const y of years) {
    let count: number | null = 0;
    let amount: Satang | null = 0n;
    for (const r of rows) {
      const v = r.amounts.get(y);
      if (!v) continue;
      if (v.value === null) {
        count = null;
        amount = null;
        break;
      }
      if (v.value > 0n) {
        count = (count as number) + 1;
        amount = (amount as Satang) + v.value;
      }
    }
    counts.set(y, count);
    amounts.set(y, amount);
  }
  return withTotals(counts, amounts);
}

function withTotals(
  counts: Map<number, number | null>,
  amounts: Map<number, Satang | null>,
): Figures {
  return {
    counts,
    amounts,
    totalCount: sumCounts([...counts.values()]),
    totalAmount: sumAmounts([...amounts.values()]),
  };
}

/** The figures a row states, for a row with nothing to compare with (a blank cell is unknown). */
function written(row: DevSummaryRow, years: readonly number[]): Figures {
  return withTotals(
    new Map(years.map((y) => [y, row.counts.get(y)?.value ?? null])),
    new Map(years.map((y) => [y, row.amounts.get(y)?.value ?? null])),
  );
}

/** The sum of several rows' figures. */
function added(parts: Figures[], years: readonly number[]): Figures {
  return withTotals(
    new Map(years.map((y) => [y, sumCounts(parts.map((f) => f.counts.get(y) ?? null))])),
    new Map(years.map((y) => [y, sumAmounts(parts.map((f) => f.amounts.get(y) ?? null))])),
  );
}

/** True when the row states any figure (a strategy row with its totals on it). */
function hasFigures(row: DevSummaryRow): boolean {
  return [...row.counts.values(), ...row.amounts.values()].some(
    (c) => c.value !== null || c.invalid,
  );
}

/** Matches the ผ.01 rows with the ผ.02 แผนงาน and works out what every row should say. */
export function developmentTotals(plan: DevelopmentPlan): DevTotals {
  const years = plan.years;
  const programmes = plan.programmes.map((p) => programmeFigures(p, years));
  const rowProgramme = new Map<number, number>();
  const programmeRow = new Map<number, number>();
  const expected = new Map<number, Expected>();
  const rows = plan.summary?.rows ?? [];
  const strategyOf = (r: DevSummaryRow): number | null =>
    r.strategyNumber ?? rows[r.strategyRow]?.strategyNumber ?? null;
  // By strategy and title first, then by strategy and number (a แผนงาน renamed in one place).
  const pass = (same: (r: DevSummaryRow, p: DevProgramme) => boolean): void => {
    rows.forEach((r, i) => {
      if (r.kind !== 'programme' || rowProgramme.has(i)) return;
      const k = plan.programmes.findIndex(
        (p, j) => !programmeRow.has(j) && p.strategyNumber === strategyOf(r) && same(r, p),
      );
      if (k < 0) return;
      rowProgramme.set(i, k);
      programmeRow.set(k, i);
    });
  };
  pass((r, p) => r.normTitle !== '' && r.normTitle === p.normTitle);
  pass((r, p) => r.number !== null && r.number === p.number);
  const value = (i: number): Figures => {
    const k = rowProgramme.get(i);
    return k !== undefined ? (programmes[k] as Figures) : written(rows[i] as DevSummaryRow, years);
  };
  let members: number[] = [];
  const all: number[] = [];
  rows.forEach((r, i) => {
    const k = rowProgramme.get(i);
    if (r.kind === 'programme') {
      members.push(i);
      all.push(i);
      if (k !== undefined)
        expected.set(i, { figures: programmes[k] as Figures, basis: 'programme', programme: k });
    } else if (r.kind === 'subtotal') {
      expected.set(i, { figures: added(members.map(value), years), basis: 'strategy' });
      members = [];
    } else if (r.kind === 'grand-total') {
      expected.set(i, { figures: added(all.map(value), years), basis: 'plan' });
    } else if (r.kind === 'strategy') members = [];
  });
  // A strategy row that carries its own totals (no รวม row below it) is checked like a รวม row.
  rows.forEach((r, i) => {
    if (r.kind !== 'strategy' || !hasFigures(r)) return;
    const own: number[] = [];
    for (let j = i + 1; j < rows.length && rows[j]?.strategyRow === i; j++)
      if (rows[j]?.kind === 'programme') own.push(j);
    expected.set(i, { figures: added(own.map(value), years), basis: 'strategy' });
  });
  return { programmes, rowProgramme, programmeRow, expected };
}
