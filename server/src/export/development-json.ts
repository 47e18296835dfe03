// A development plan's part of the JSON document: the ผ.01 lines worked out from ผ.02 and the ผ.02
// rows. Amounts are decimal baht strings as elsewhere in the document; null marks an unknown figure.
import type { DevelopmentForms } from '../model/development-projects.js';
import type { Satang } from '../model/types.js';
import { decimalBaht } from './layout.js';

/** Per-year values keyed by year. */
type ByYear<T> = Record<string, T>;

/** The `development` object of the JSON document. */
export interface DevelopmentJson {
  years: number[];
  /** The ผ.01 lines in order; figures are null on a strategy line (it opens the strategy). */
  lines: {
    kind: 'strategy' | 'programme' | 'subtotal' | 'grand-total';
    label: string;
    counts: ByYear<number | null> | null;
    amounts: ByYear<string | null> | null;
    totalCount: number | null;
    totalAmount: string | null;
  }[];
  /** Every ผ.02 row in document order; `repeated` rows are not counted in ผ.01. */
  projects: {
    strategy: string;
    programme: string;
    number: number | null;
    name: string;
    amounts: ByYear<string | null>;
    total: string | null;
    repeated: boolean;
  }[];
}

const baht = (v: Satang | null | undefined): string | null =>
  v === null || v === undefined ? null : decimalBaht(v);

/** Converts the forms to their JSON object. */
export function developmentJson(forms: DevelopmentForms): DevelopmentJson {
  const byYear = <T, U>(m: Map<number, T>, f: (v: T | undefined) => U): ByYear<U> =>
    Object.fromEntries(forms.years.map((y) => [String(y), f(m.get(y))]));
  return {
    years: [...forms.years],
    lines: forms.lines.map((l) => {
      const f = l.figures;
      return {
        kind: l.kind,
        label: l.label,
        counts: f ? byYear(f.counts, (v) => v ?? null) : null,
        amounts: f ? byYear(f.amounts, baht) : null,
        totalCount: f ? f.totalCount : null,
        totalAmount: f ? baht(f.totalAmount) : null,
      };
    }),
    projects: forms.projects.map((p) => ({
      strategy: p.strategy,
      programme: p.programme,
      number: p.number,
      name: p.name,
      amounts: byYear(p.amounts, baht),
      total: baht(p.total),
      repeated: p.repeated,
    })),
  };
}
