// "Regenerate the summary table from the project details": the table computed from the projects
// (model/summary.ts), written in the plan's own column layout, replacing the written table in place.
import type { Edit } from '../../checks/types.js';
import { linesOf } from '../../checks/old-lines.js';
import { textAt } from '../../checks/util.js';
import type { PlanIndex } from '../../model/index.js';
import { computeSummary } from '../../model/summary.js';
import type { Plan, Project, SummaryTable, TableRow } from '../../model/types.js';
import { renderMarkdown, type ColumnStyle, type TableStyle } from '../../export/markdown.js';
import { splitRow } from '../../parse/table.js';
import { arabicToThaiDigits, hasThaiDigits, thaiDigitsToArabic } from '../../parse/thai.js';

/**
 * The edit that replaces the summary table with the one computed from the details; none without a
 * table, or when the table already reads exactly so.
 */
export function regenerateTableEdit(plan: Plan, index: PlanIndex): Edit | undefined {
  const table = plan.table;
  // Only a table in one piece with a one-row header is rewritten: a table per dimension (with the
  // text between its parts) or a two-row header has a layout this rewrite would not keep.
  if (!table || table.parts.length !== 1 || table.parts[0]?.headerRows !== 1) return undefined;
  const summary = computeSummary(plan);
  const text = renderMarkdown(summary, tableStyle(plan, index, table, summary.years));
  const newText = text.replace(/\n$/, '');
  return newText === linesOf(plan.lines, table.range) ? undefined : { range: table.range, newText };
}

/** The written table's columns, labels, amount format and notes. */
export function tableStyle(
  plan: Plan,
  index: PlanIndex,
  table: SummaryTable,
  years: number[],
): TableStyle {
  const headerLine = table.headerRange.start.line;
  const cells = (line: number): string[] => {
    const raw = plan.lines[line] ?? '';
    return splitRow(raw).map(([a, b]) => raw.slice(a, b));
  };
  const headers = cells(headerLine);
  const delimiters = cells(headerLine + 1);
  const { columns: c } = table;
  const yearColumns = new Map(c.years.map((y) => [y.year, y.index]));
  const firstYear = c.years[0];
  const columns: ColumnStyle[] = [];
  headers.forEach((header, i) => {
    const delimiter = delimiters[i] || '---';
    if (c.years.some((y) => y.index === i)) {
      if (i !== firstYear?.index) return; // every year is written at the first year column
      for (const year of years) {
        const own = yearColumns.get(year);
        columns.push({
          kind: 'year',
          year,
          header: own !== undefined ? (headers[own] ?? '') : withYear(header, firstYear.year, year),
          delimiter: own !== undefined ? delimiters[own] || delimiter : delimiter,
        });
      }
      return;
    }
    const kind =
      i === c.project
        ? 'project'
        : i === c.dimension
          ? 'dimension'
          : i === c.mission
            ? 'mission'
            : i === c.total
              ? 'total'
              : i === c.note
                ? 'note'
                : 'other';
    columns.push({ kind, header, delimiter });
  });
  const subtotal = table.rows.find((r) => r.kind === 'subtotal');
  const grand = table.rows.find((r) => r.kind === 'grand-total');
  // A whole amount shows the style (`0` or `0.00`); a fractional one always has satang, so it is only
  // the fallback — else regenerating twice could turn `0` into `0.00`.
  const amounts = table.rows.flatMap((r) => [...r.years.values()]).filter((a) => a.value !== null);
  const amountLike = (amounts.find((a) => (a.value ?? 0n) % 100n === 0n) ?? amounts[0])?.cell.text;
  const count = countStyle(plan, grand ?? subtotal);
  return {
    columns,
    ...(amountLike !== undefined ? { amountLike } : {}),
    ...(subtotal ? { subtotalLabel: labelOf(plan, subtotal, c.project) } : {}),
    ...(grand ? { grandTotalLabel: labelOf(plan, grand, c.project) } : {}),
    ...(count ? { count } : {}),
    notes: notesOf(plan, index, table),
    missions: missionsOf(plan, index, table),
  };
}

/** A header with another year in place of `from`, in the same digits. */
function withYear(header: string, from: number, to: number): string {
  const arabic = thaiDigitsToArabic(header);
  const at = arabic.indexOf(String(from));
  if (at < 0) return `ปี ${to}`;
  const year = hasThaiDigits(header.slice(at, at + 4))
    ? arabicToThaiDigits(String(to))
    : String(to);
  return header.slice(0, at) + year + header.slice(at + 4);
}

/** The label cell of a total row as written (`**รวม**`), when it is not the project cell. */
function labelOf(plan: Plan, row: TableRow, projectColumn: number): string | undefined {
  const cell = row.cells.find((x) => x.text !== '');
  return cell && cell.index !== projectColumn ? textAt(plan, cell.range) : undefined;
}

/** The count text of a total row with its number replaced, e.g. `จำนวน {n} โครงการ/กิจกรรม/มาตรการ`. */
function countStyle(plan: Plan, row: TableRow | undefined): ((n: number) => string) | undefined {
  const count = row?.count;
  const cell = row?.cells.find((x) => rangeHas(x.range, count?.range));
  if (!count || !cell) return undefined;
  const text = textAt(plan, cell.range);
  const at = count.range.start.character - cell.range.start.character;
  const before = text.slice(0, at);
  const after = text.slice(at + count.range.end.character - count.range.start.character);
  if (/รวม/.test(before)) return undefined; // label and count share the cell: keep the default
  const thai = hasThaiDigits(textAt(plan, count.range));
  // Stray spaces and slashes around the number (`จำนวน 17 /โครงการ`) are not the style to copy.
  const lead = before.trimEnd();
  const tail = after.replace(/^[\s/]+/, '');
  return (n) => `${lead} ${thai ? arabicToThaiDigits(String(n)) : n}${tail ? ` ${tail}` : ''}`;
}

function rangeHas(outer: TableRow['range'], inner: TableRow['range'] | undefined): boolean {
  if (!inner || outer.start.line !== inner.start.line) return false;
  return (
    outer.start.character <= inner.start.character && inner.end.character <= outer.end.character
  );
}

/** Notes of the written table: a project row's note stays with the project the row stands for. */
function notesOf(
  plan: Plan,
  index: PlanIndex,
  table: SummaryTable,
): NonNullable<TableStyle['notes']> {
  const projects = new Map<Project, string>();
  const subtotals = new Map<number | null, string>();
  let grandTotal: string | undefined;
  for (const row of table.rows) {
    const note = row.note && row.note.text !== '' ? textAt(plan, row.note.range) : '';
    if (!note) continue;
    if (row.kind === 'project') {
      const project = index.matchOfRow.get(row)?.project;
      if (project) projects.set(project, [projects.get(project), note].filter(Boolean).join(' '));
    } else if (row.kind === 'subtotal') {
      subtotals.set(row.dimension?.number ?? null, note);
    } else if (row.kind === 'grand-total') {
      grandTotal = note;
    }
  }
  return { projects, subtotals, ...(grandTotal !== undefined ? { grandTotal } : {}) };
}

/** The written mission cell of each project the details give no mission, when it is in the project's dimension. */
function missionsOf(plan: Plan, index: PlanIndex, table: SummaryTable): Map<Project, string> {
  const out = new Map<Project, string>();
  for (const row of table.rows) {
    const project = index.matchOfRow.get(row)?.project;
    const mission = row.mission;
    if (!project || !mission || out.has(project) || project.missionIndex >= 0) continue;
    const dimension = plan.dimensions[project.dimensionIndex]?.number;
    if (
      mission.dimensionNumber != null &&
      dimension != null &&
      mission.dimensionNumber !== dimension
    )
      continue;
    out.set(project, textAt(plan, mission.cell.range));
  }
  return out;
}
