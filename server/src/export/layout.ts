// The NACC summary-table layout shared by the table exporters: header labels and one row per table line.
import type { Satang } from '../model/types.js';
import type { Summary, SummaryMission, SummaryRow, SummaryTotals } from '../model/summary.js';

/** Column labels; the table's content is Thai whatever the UI language, as in the NACC template. */
export const LABELS = {
  dimension: 'มิติ',
  mission: 'ภารกิจตามมิติ',
  project: 'โครงการ/กิจกรรม/มาตรการ',
  total: 'รวม',
  subtotal: 'รวม',
  grandTotal: 'รวมทั้งสิ้น',
  note: 'หมายเหตุ',
  defaultTitle: 'ตารางสรุปโครงการ/กิจกรรม/มาตรการ',
  unit: '(หน่วย: บาท)',
  noDimension: '(ไม่อยู่ในมิติใด)',
  year: (year: number) => `ปี ${year}`,
  count: (n: number) => `จำนวน ${n} โครงการ`,
  noBudgetSection: 'ไม่มีหัวข้องบประมาณ',
  unreadableBudget: 'อ่านจำนวนเงินงบประมาณไม่ได้',
  missingYears: (years: number[]) => `ไม่ได้ระบุงบประมาณปี ${years.join(', ')}`,
} as const;

/** What a layout row shows; exporters style subtotal and grand-total rows. */
export type LayoutRowKind = 'dimension' | 'project' | 'subtotal' | 'grand-total';

/** One table line: text cells and one amount per year (null = unknown, shown blank). */
export interface LayoutRow {
  kind: LayoutRowKind;
  /** The dimension cell: filled on the line that opens a dimension, and `รวม`/`รวมทั้งสิ้น` on totals. */
  dimension: string;
  /** The mission cell: filled on the line that opens a mission. */
  mission: string;
  /** The project cell: `N. name`, or the count on total lines. */
  project: string;
  /** One amount per summary year, in year order. */
  amounts: (Satang | null)[];
  /** The row total, or null on a line without amounts. */
  total: Satang | null;
  /** Rows the dimension cell opened on this line spans (this one included); 0 when it opens none. */
  dimensionSpan: number;
  /** Rows the mission cell opened on this line spans (this one included); 0 when it opens none. */
  missionSpan: number;
  /** The note (หมายเหตุ): why a project's amounts are blank; '' otherwise. */
  note: string;
}

/** The table: whether it has a mission column, the header labels, and its rows. */
export interface Layout {
  hasMissions: boolean;
  header: string[];
  rows: LayoutRow[];
}

/** Lays out a summary in the NACC table shape; the mission column appears only when a plan has missions. */
export function tableLayout(summary: Summary): Layout {
  const header = [
    LABELS.dimension,
    ...(summary.hasMissions ? [LABELS.mission] : []),
    LABELS.project,
    ...summary.years.map(LABELS.year),
    LABELS.total,
  ];
  const rows: LayoutRow[] = [];
  for (const group of summary.groups) {
    const d = group.dimension;
    let dimensionCell = d ? dimensionText(d.number, d.title) : LABELS.noDimension;
    let lastMission: string | null = null;
    if (group.rows.length === 0) {
      rows.push({
        kind: 'dimension',
        dimension: dimensionCell,
        mission: '',
        project: '',
        amounts: summary.years.map(() => null),
        total: null,
        dimensionSpan: 1,
        missionSpan: 0,
        note: '',
      });
      dimensionCell = '';
    }
    const missions = group.rows.map((r) => (r.mission ? missionText(r.mission) : ''));
    group.rows.forEach((row, i) => {
      const mission = missions[i] ?? '';
      const opens = mission !== lastMission && mission !== '';
      rows.push({
        kind: 'project',
        dimension: dimensionCell,
        mission: mission !== lastMission ? mission : '',
        project: row.number === null ? row.name : `${row.number}. ${row.name}`,
        amounts: summary.years.map((y) => row.amounts.get(y) ?? null),
        total: row.total,
        dimensionSpan: dimensionCell === '' ? 0 : group.rows.length,
        missionSpan: opens ? runLength(missions, i) : 0,
        note: projectNote(row),
      });
      dimensionCell = '';
      lastMission = mission;
    });
    rows.push(totalsRow('subtotal', LABELS.subtotal, group.subtotal, summary.years));
  }
  rows.push(totalsRow('grand-total', LABELS.grandTotal, summary.grandTotal, summary.years));
  return { hasMissions: summary.hasMissions, header, rows };
}

/** The text cells of a row in column order (dimension, mission when present, project). */
export function textCells(layout: Layout, row: LayoutRow): string[] {
  return layout.hasMissions
    ? [row.dimension, row.mission, row.project]
    : [row.dimension, row.project];
}

/** Satang as a plain decimal baht string with two decimals and no separators (`12345.50`): exact, machine-readable. */
export function decimalBaht(value: Satang): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

function dimensionText(number: number | null, title: string): string {
  return number === null ? title : `มิติที่ ${number} ${title}`.trim();
}

function missionText(m: SummaryMission): string {
  const num = m.number === null ? '' : `${m.dimensionNumber ?? ''}.${m.number} `;
  return `${num}${m.title}`.trim();
}

function totalsRow(
  kind: LayoutRowKind,
  label: string,
  t: SummaryTotals,
  years: number[],
): LayoutRow {
  return {
    kind,
    dimension: label,
    mission: '',
    project: LABELS.count(t.count),
    amounts: years.map((y) => t.amounts.get(y) ?? 0n),
    total: t.total,
    dimensionSpan: 0,
    missionSpan: 0,
    note: '',
  };
}

/** How many entries from `start` on equal the one at `start`. */
function runLength(values: string[], start: number): number {
  let end = start + 1;
  while (end < values.length && values[end] === values[start]) end++;
  return end - start;
}

/** Why a project row has blank amounts, in the table's language (Thai). */
function projectNote(row: SummaryRow): string {
  if (row.project.budget.kind === 'absent') return LABELS.noBudgetSection;
  if (row.project.budget.kind === 'unreadable') return LABELS.unreadableBudget;
  return row.missingYears.length > 0 ? LABELS.missingYears(row.missingYears) : '';
}
