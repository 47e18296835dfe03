// The ผ.01 summary of a development plan as ผ.02 gives it: one row per แผนงาน with its project count
// and budget per year and over the five years, a รวม row per ยุทธศาสตร์ and a รวมทั้งสิ้น row. The
// preview, the exports and the fix that writes a missing ผ.01 all show this.
import type { DevelopmentPlan, DevProgramme, DevStrategy } from './development.js';
import { programmeFigures, type Figures } from './development-totals.js';

/** One line of the ผ.01 summary. */
export interface SummaryLine {
  /** `strategy` opens a ยุทธศาสตร์ (no figures); `programme`; `subtotal` (รวม); `grand-total`. */
  kind: 'strategy' | 'programme' | 'subtotal' | 'grand-total';
  /** The label as ผ.01 writes it: `1) ยุทธศาสตร์…`, `1.1 แผนงาน…`, `รวม`, `รวมทั้งสิ้น`. */
  label: string;
  figures?: Figures;
  /** The ยุทธศาสตร์ (index in `DevelopmentPlan.strategies`) of a strategy, programme or subtotal line. */
  strategyIndex?: number;
  /** The แผนงาน (index in `DevelopmentPlan.programmes`) of a programme line. */
  programmeIndex?: number;
}

/** A ยุทธศาสตร์ as ผ.01 labels it: `1) ยุทธศาสตร์…`; `i` is its index, for one without a number. */
export function strategyLabel(s: DevStrategy, i: number): string {
  return `${s.number ?? i + 1}) ยุทธศาสตร์${s.title}`;
}

/** A แผนงาน as ผ.01 labels it: `1.1 แผนงาน…` (no number when its heading has none). */
export function programmeLabel(p: DevProgramme): string {
  const n =
    p.strategyNumber !== null && p.number !== null ? `${p.strategyNumber}.${p.number} ` : '';
  return `${n}${p.title}`;
}

/** The ผ.01 summary worked out from ผ.02. */
export interface DevelopmentSummary {
  years: number[];
  lines: SummaryLine[];
}

/** Adds figures (unknown stays unknown). */
function add(a: Figures, b: Figures, years: readonly number[]): Figures {
  const counts = new Map<number, number | null>();
  const amounts = new Map<number, bigint | null>();
  for (const y of years) {
    const ca = a.counts.get(y) ?? null;
    const cb = b.counts.get(y) ?? null;
    counts.set(y, ca === null || cb === null ? null : ca + cb);
    const ma = a.amounts.get(y) ?? null;
    const mb = b.amounts.get(y) ?? null;
    amounts.set(y, ma === null || mb === null ? null : ma + mb);
  }
  const tc = a.totalCount === null || b.totalCount === null ? null : a.totalCount + b.totalCount;
  const ta =
    a.totalAmount === null || b.totalAmount === null ? null : a.totalAmount + b.totalAmount;
  return { counts, amounts, totalCount: tc, totalAmount: ta };
}

/** Figures of nothing: zero in every year. */
function zero(years: readonly number[]): Figures {
  return {
    counts: new Map(years.map((y) => [y, 0])),
    amounts: new Map(years.map((y) => [y, 0n])),
    totalCount: 0,
    totalAmount: 0n,
  };
}

/** The ผ.01 summary of the plan's ผ.02 lists, strategy by strategy. */
export function developmentSummary(plan: DevelopmentPlan): DevelopmentSummary {
  const years = plan.years;
  const lines: SummaryLine[] = [];
  let grand = zero(years);
  plan.strategies.forEach((s, i) => {
    lines.push({ kind: 'strategy', label: strategyLabel(s, i), strategyIndex: i });
    let sub = zero(years);
    for (const k of s.programmes) {
      const p = plan.programmes[k];
      if (!p) continue;
      const figures = programmeFigures(p, years);
      lines.push({
        kind: 'programme',
        label: programmeLabel(p),
        figures,
        strategyIndex: i,
        programmeIndex: k,
      });
      sub = add(sub, figures, years);
    }
    lines.push({ kind: 'subtotal', label: 'รวม', figures: sub, strategyIndex: i });
    grand = add(grand, sub, years);
  });
  lines.push({ kind: 'grand-total', label: 'รวมทั้งสิ้น', figures: grand });
  return { years: [...years], lines };
}
