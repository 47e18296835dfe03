// The `plancheck/summaryTable` request: the live preview's view model — the summary computed from the
// project details, the written table's value wherever it disagrees, and the plan's health (a
// development plan: its ผ.01 worked out from ผ.02, preview-development.ts).
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigSupport } from '../config.js';
import type { AnalysisCache } from '../documents.js';
import type { Analysis } from '../engine.js';
import { decimalBaht } from '../export/layout.js';
import { computeSummary, type SummaryRow, type SummaryTotals } from '../model/summary.js';
import type { AmountCell, Plan, Satang, TableRow } from '../model/types.js';
import {
  summaryTableRequest,
  type CheckCount,
  type PlanHealth,
  type PreviewAmounts,
  type PreviewCell,
  type PreviewGroup,
  type PreviewProjectRow,
  type PreviewTotals,
  type SummaryTableModel,
} from '../protocol.js';
import { withSettings } from './context.js';
import { developmentPreview } from './preview-development.js';

/** Answers `plancheck/summaryTable` from the shared analysis cache; an analysis error becomes a request error. */
export function registerPreviewSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  { config, cache }: { config: ConfigSupport; cache: AnalysisCache },
): void {
  connection.onRequest(summaryTableRequest, async ({ textDocument }) => {
    const open = await withSettings(documents, config, textDocument.uri);
    if (!open) return null;
    const { document, settings } = open;
    const analysis = cache.get(document, settings);
    return analysis ? buildSummaryTableModel(analysis, document.uri, document.version) : null;
  });
}

/** Builds the preview model of an analysed plan: every amount a baht string, every range a line. */
export function buildSummaryTableModel(
  analysis: Analysis,
  uri: string,
  version: number,
): SummaryTableModel {
  const { plan, index } = analysis;
  if (plan.development) {
    const dev = developmentPreview(plan.development, index.development);
    return {
      uri,
      version,
      title: plan.frontMatter.title ?? null,
      organization: plan.frontMatter.organization ?? null,
      years: [...plan.development.years],
      hasWrittenTable: plan.development.summary !== undefined,
      groups: [],
      ...dev,
      health: health(analysis),
    };
  }
  const summary = computeSummary(plan);
  const years = summary.years;
  const totalRows = index.totals;
  let dimensionIndex = 0;
  const groups = summary.groups.map((group): PreviewGroup => {
    // computeSummary keeps the plan's dimensions in order, with the outside group (null) among them.
    const dimension = group.dimension ? plan.dimensions[dimensionIndex++] : undefined;
    const number = dimension?.number ?? null;
    const written =
      number === null
        ? undefined
        : totalRows.find((t) => t.row.kind === 'subtotal' && t.row.dimension?.number === number);
    return {
      dimension: dimension ? { text: dimension.heading.text, line: dimension.heading.line } : null,
      rows: group.rows.map((row) => projectRow(plan, row, years, index.rowsOfProject)),
      subtotal: totals(plan, group.subtotal, years, written?.row),
    };
  });
  const grand = totalRows.find((t) => t.row.kind === 'grand-total');
  return {
    uri,
    version,
    title: plan.frontMatter.title ?? null,
    organization: plan.frontMatter.organization ?? null,
    years,
    hasWrittenTable: plan.table !== undefined,
    groups,
    grandTotal: totals(plan, summary.grandTotal, years, grand?.row),
    health: health(analysis),
  };
}

function projectRow(
  plan: Plan,
  row: SummaryRow,
  years: number[],
  rowsOfProject: Analysis['index']['rowsOfProject'],
): PreviewProjectRow {
  const p = row.project;
  const mission = plan.dimensions[p.dimensionIndex]?.missions[p.missionIndex];
  const tableRow = rowsOfProject.get(p)?.[0]?.row;
  return {
    number: row.number,
    name: row.name,
    line: p.heading.line,
    mission: mission ? { text: mission.heading.text, line: mission.heading.line } : null,
    inTable: tableRow !== undefined,
    ...amounts(plan, tableRow, years, (y) => row.amounts.get(y) ?? null, row.total),
  };
}

function totals(
  plan: Plan,
  t: SummaryTotals,
  years: number[],
  tableRow: TableRow | undefined,
): PreviewTotals {
  const out: PreviewTotals = {
    count: t.count,
    line: tableRow?.line ?? null,
    ...amounts(plan, tableRow, years, (y) => t.amounts.get(y) ?? 0n, t.total),
  };
  if (tableRow && tableRow.count?.value !== t.count)
    out.writtenCount = tableRow.count?.value ?? null;
  return out;
}

/** The computed cells of a row, each compared with the written row's cell when the table has it. */
function amounts(
  plan: Plan,
  tableRow: TableRow | undefined,
  years: number[],
  computed: (year: number) => Satang | null,
  total: Satang,
): PreviewAmounts {
  const hasTotalColumn = plan.table?.columns.total !== undefined;
  return {
    years: years.map((y) => cell(computed(y), tableRow?.years.get(y))),
    total: cell(total, hasTotalColumn ? tableRow?.total : undefined),
  };
}

/** A computed cell; the written value is attached when it is unreadable or a different amount. */
function cell(value: Satang | null, written: AmountCell | undefined): PreviewCell {
  const out: PreviewCell = { amount: value === null ? null : decimalBaht(value) };
  // A blank written cell agrees only with an amount the project does not state either.
  if (written && (written.invalid || written.value !== value)) {
    out.written = {
      text: written.cell.text,
      amount: written.value === null ? null : decimalBaht(written.value),
    };
  }
  return out;
}

/** Counts the findings per level and per check, the check with most problems first. */
function health({ findings }: Analysis): PlanHealth {
  const out: PlanHealth = { errors: 0, warnings: 0, hints: 0, checks: [] };
  const byId = new Map<string, CheckCount>();
  for (const f of findings) {
    let c = byId.get(f.checkId);
    if (!c) {
      c = { id: f.checkId, errors: 0, warnings: 0, hints: 0 };
      byId.set(f.checkId, c);
    }
    const key = f.level === 'error' ? 'errors' : f.level === 'warning' ? 'warnings' : 'hints';
    c[key]++;
    out[key]++;
  }
  const size = (c: CheckCount) => c.errors + c.warnings + c.hints;
  out.checks = [...byId.values()].sort((a, b) => size(b) - size(a) || a.id.localeCompare(b.id));
  return out;
}
