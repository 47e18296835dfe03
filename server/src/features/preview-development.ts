// The preview model of a development plan: its ผ.01 summary worked out from the ผ.02 rows, each figure
// with the written ผ.01 value where that disagrees (a blank written cell agrees with none, as the
// checks read it), and the lines to reveal.
import { decimalBaht } from '../export/layout.js';
import type { CountCell, DevelopmentPlan, DevSummaryRow } from '../model/development.js';
import { developmentSummary, type SummaryLine } from '../model/development-summary.js';
import { developmentTotals, type DevTotals, type Figures } from '../model/development-totals.js';
import type { AmountCell, Satang } from '../model/types.js';
import type {
  PreviewCell,
  PreviewCountCell,
  PreviewDevelopment,
  PreviewDevFigure,
  PreviewDevLine,
  PreviewTotals,
} from '../protocol.js';

/** What the preview shows of a development plan, and the totals the status bar reads. */
export interface DevelopmentPreview {
  development: PreviewDevelopment;
  /** The ผ.01 grand total as a NACC total (an unknown amount null), for the status bar. */
  grandTotal: PreviewTotals;
}

/** Builds the development part of the preview model (`totals`: the analysis's, else worked out here). */
export function developmentPreview(
  dev: DevelopmentPlan,
  totals: DevTotals = developmentTotals(dev),
): DevelopmentPreview {
  const summary = developmentSummary(dev);
  const rows = dev.summary?.rows ?? [];
  const lines = summary.lines.map((line): PreviewDevLine => {
    const index = writtenRow(dev, totals, line);
    const row = index === undefined ? undefined : rows[index];
    const strategy = dev.strategies[line.strategyIndex ?? -1];
    const programme = dev.programmes[line.programmeIndex ?? -1];
    const heading = (programme ?? (line.kind === 'strategy' ? strategy : undefined))?.heading;
    const out: PreviewDevLine = {
      kind: line.kind,
      label: line.label,
      line: heading?.line ?? row?.line ?? null,
      inTable: row !== undefined,
    };
    if (line.figures) Object.assign(out, figures(line.figures, summary.years, row));
    return out;
  });
  const grand = summary.lines.find((l) => l.kind === 'grand-total');
  return {
    development: { lines },
    grandTotal: grandTotal(grand, summary.years, lines.at(-1)?.line ?? null, projectCount(dev)),
  };
}

/** The index of the written ผ.01 row that stands for a line, if any. */
function writtenRow(
  dev: DevelopmentPlan,
  totals: DevTotals,
  line: SummaryLine,
): number | undefined {
  const rows = dev.summary?.rows ?? [];
  if (line.kind === 'grand-total') return found(rows.findIndex((r) => r.kind === 'grand-total'));
  if (line.kind === 'programme') return totals.programmeRow.get(line.programmeIndex ?? -1);
  const s = dev.strategies[line.strategyIndex ?? -1];
  if (!s) return undefined;
  const opens = found(
    rows.findIndex(
      (r) =>
        r.kind === 'strategy' &&
        (s.number !== null ? r.strategyNumber === s.number : r.normTitle === s.normTitle),
    ),
  );
  if (opens === undefined || line.kind === 'strategy') return opens;
  // The รวม row under that strategy; a strategy row that carries its own totals stands in for it.
  const subtotal = found(rows.findIndex((r) => r.kind === 'subtotal' && r.strategyRow === opens));
  return subtotal ?? (hasFigures(rows[opens]) ? opens : undefined);
}

const found = (i: number): number | undefined => (i < 0 ? undefined : i);

function hasFigures(row: DevSummaryRow | undefined): boolean {
  return [...(row?.counts.values() ?? []), ...(row?.amounts.values() ?? [])].some(
    (c) => c.value !== null || c.invalid,
  );
}

/** The figure cells of a line, each compared with the written row's cell. */
function figures(
  f: Figures,
  years: readonly number[],
  row: DevSummaryRow | undefined,
): Pick<PreviewDevLine, 'years' | 'total'> {
  return {
    years: years.map((y): PreviewDevFigure => ({
      count: countCell(f.counts.get(y) ?? null, row?.counts.get(y)),
      amount: amountCell(f.amounts.get(y) ?? null, row?.amounts.get(y)),
    })),
    total: {
      count: countCell(f.totalCount, row?.totalCount),
      amount: amountCell(f.totalAmount, row?.totalAmount),
    },
  };
}

function countCell(count: number | null, written: CountCell | undefined): PreviewCountCell {
  const out: PreviewCountCell = { count };
  if (written && (written.invalid || (count !== null && (written.value ?? 0) !== count)))
    out.written = { text: written.cell.text, count: written.value };
  return out;
}

function amountCell(amount: Satang | null, written: AmountCell | undefined): PreviewCell {
  const out: PreviewCell = { amount: amount === null ? null : decimalBaht(amount) };
  if (written && (written.invalid || (amount !== null && (written.value ?? 0n) !== amount))) {
    out.written = {
      text: written.cell.text,
      amount: written.value === null ? null : decimalBaht(written.value),
    };
  }
  return out;
}

/** The projects ผ.01 counts: the rows of the strategies' แผนงาน, a repeated row not again. */
function projectCount(dev: DevelopmentPlan): number {
  const programmes = dev.strategies.flatMap((s) => s.programmes);
  return programmes.reduce(
    (n, k) => n + (dev.programmes[k]?.projects.filter((p) => !p.repeats).length ?? 0),
    0,
  );
}

/** The grand total as the NACC preview's totals: what the status bar shows. */
function grandTotal(
  line: SummaryLine | undefined,
  years: readonly number[],
  at: number | null,
  count: number,
): PreviewTotals {
  const f = line?.figures;
  const baht = (v: Satang | null | undefined): PreviewCell => ({
    amount: v === null || v === undefined ? null : decimalBaht(v),
  });
  return {
    count,
    line: at,
    years: years.map((y) => baht(f?.amounts.get(y))),
    total: baht(f?.totalAmount),
  };
}
