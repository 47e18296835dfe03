// Summary → GFM table in a given column layout (a plan's own table: its columns, header texts, labels,
// notes), so that "regenerate the summary table" replaces a table with one that looks like it.
import { formatBaht } from '../parse/thai.js';
import type { Project } from '../model/types.js';
import type { Summary, SummaryGroup } from '../model/summary.js';
import { LABELS, tableLayout, type LayoutRow } from './layout.js';
import { escapeCell } from '../parse/escape.js';

/** What a column shows. */
export type ColumnKind = 'dimension' | 'mission' | 'project' | 'year' | 'total' | 'note' | 'other';

/** One column of the table to write. */
export interface ColumnStyle {
  kind: ColumnKind;
  /** The header cell's text, as written (Markdown kept). */
  header: string;
  /** The delimiter-row cell (`---`, `---:`, `:---:`). */
  delimiter: string;
  /** For a year column: its year. */
  year?: number;
}

/** How to write the table: the columns in order, and what to keep from a written table. */
export interface TableStyle {
  columns: ColumnStyle[];
  /** An amount as written in the table, so that new amounts use the same digits and decimals. */
  amountLike?: string;
  /** The label cell of a subtotal row (e.g. `**รวม**`). */
  subtotalLabel?: string;
  /** The label cell of the grand-total row (e.g. `**รวมทั้งสิ้น**`). */
  grandTotalLabel?: string;
  /** The count text of a total row, e.g. `จำนวน 17 โครงการ/กิจกรรม/มาตรการ`. */
  count?: (n: number) => string;
  /** Mission cells per project whose details name no mission (kept from a written table). */
  missions?: Map<Project, string>;
  /** Note cells to keep: per project, per dimension subtotal (by dimension number), on the grand total. */
  notes?: {
    projects: Map<Project, string>;
    subtotals: Map<number | null, string>;
    grandTotal?: string;
  };
}

/** Renders the summary in the given columns (with a trailing newline). */
export function renderColumns(summary: Summary, style: TableStyle): string {
  const layout = tableLayout(summary);
  const projects = summary.groups.flatMap((g) => g.rows);
  const groups: SummaryGroup[] = [...summary.groups];
  const hasDimension = style.columns.some((c) => c.kind === 'dimension');
  const lines = [
    line(style.columns.map((c) => c.header)),
    line(style.columns.map((c) => c.delimiter)),
  ];
  let nextProject = 0;
  let lastMission = '';
  for (const row of layout.rows) {
    let label = '';
    let count = 0;
    let note = '';
    // A kept mission cell is Markdown as written (already escaped); one from the details is plain text.
    let mission = escapeCell(row.mission);
    if (row.dimension !== '') lastMission = '';
    if (row.kind === 'project') {
      const summaryRow = projects[nextProject++];
      const project = summaryRow?.project;
      note = (project && style.notes?.projects.get(project)) ?? '';
      const kept = project && !summaryRow.mission ? style.missions?.get(project) : undefined;
      if (kept !== undefined) {
        // A kept mission cell opens its group only where it changes, as the written table did.
        mission = kept === lastMission ? '' : kept;
        lastMission = kept;
      }
    } else if (row.kind === 'subtotal') {
      const group = groups.shift();
      label = style.subtotalLabel ?? LABELS.subtotal;
      count = group?.subtotal.count ?? 0;
      note = style.notes?.subtotals.get(group?.dimension?.number ?? null) ?? '';
    } else if (row.kind === 'grand-total') {
      label = style.grandTotalLabel ?? LABELS.grandTotal;
      count = summary.grandTotal.count;
      note = style.notes?.grandTotal ?? '';
    }
    const totalRow = row.kind === 'subtotal' || row.kind === 'grand-total';
    const countText = (style.count ?? LABELS.count)(count);
    const cells = style.columns.map((c): string => {
      switch (c.kind) {
        case 'dimension':
          return totalRow ? label : escapeCell(row.dimension);
        case 'mission':
          return totalRow ? '' : mission;
        case 'project':
          if (!totalRow) return escapeCell(row.project);
          return hasDimension ? countText : `${label} ${countText}`;
        case 'year':
          return amount(row, summary.years.indexOf(c.year ?? 0), style.amountLike);
        case 'total':
          return row.total === null ? '' : formatBaht(row.total, style.amountLike);
        case 'note':
          return note;
        default:
          return '';
      }
    });
    lines.push(line(cells));
  }
  return lines.join('\n') + '\n';
}

/** The amount of a row for the year at `i` of the summary's years; blank when unknown. */
function amount(row: LayoutRow, i: number, like: string | undefined): string {
  const v = i < 0 ? null : (row.amounts[i] ?? null);
  return v === null ? '' : formatBaht(v, like);
}

function line(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}
