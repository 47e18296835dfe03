// Summary → JSON. Amounts are decimal baht strings with two decimals ("12345.50"): exact, never floats.
import type { Satang } from '../model/types.js';
import type { Summary, SummaryTotals } from '../model/summary.js';
import { developmentJson, type DevelopmentJson } from './development-json.js';
import { decimalBaht } from './layout.js';

/** Per-year amounts keyed by year; null marks a year the project's budget does not state. */
type JsonAmounts = Record<string, string | null>;

/** The JSON document's shape (version 1). */
export interface SummaryJson {
  /** Tells readers how amounts are written. */
  amountFormat: 'baht-decimal-string';
  title: string | null;
  organization: string | null;
  years: number[];
  groups: {
    dimension: { number: number | null; title: string } | null;
    projects: {
      number: number | null;
      name: string;
      mission: { dimensionNumber: number | null; number: number | null; title: string } | null;
      amounts: JsonAmounts;
      total: string;
    }[];
    subtotal: JsonTotals;
  }[];
  grandTotal: JsonTotals;
  /** A development plan's ผ.01 (worked out from ผ.02) and ผ.02 rows; its `groups` are then empty. */
  development?: DevelopmentJson;
}

/** Sums with the number of projects summed. */
interface JsonTotals {
  count: number;
  amounts: JsonAmounts;
  total: string;
}

/** Converts the summary to its JSON document. */
export function summaryToJson(summary: Summary): SummaryJson {
  const amounts = (m: Map<number, Satang>): JsonAmounts =>
    Object.fromEntries(
      summary.years.map((y) => [String(y), m.has(y) ? decimalBaht(m.get(y) ?? 0n) : null]),
    );
  const totals = (t: SummaryTotals): JsonTotals => ({
    count: t.count,
    amounts: amounts(t.amounts),
    total: decimalBaht(t.total),
  });
  return {
    amountFormat: 'baht-decimal-string',
    title: summary.title ?? null,
    organization: summary.organization ?? null,
    years: summary.years,
    groups: summary.groups.map((g) => ({
      dimension: g.dimension,
      projects: g.rows.map((r) => ({
        number: r.number,
        name: r.name,
        mission: r.mission,
        amounts: amounts(r.amounts),
        total: decimalBaht(r.total),
      })),
      subtotal: totals(g.subtotal),
    })),
    grandTotal: totals(summary.grandTotal),
    ...(summary.development ? { development: developmentJson(summary.development) } : {}),
  };
}

/** Renders the summary as pretty-printed JSON with a trailing newline. */
export function renderJson(summary: Summary): string {
  return JSON.stringify(summaryToJson(summary), null, 2) + '\n';
}
