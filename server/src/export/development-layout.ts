// The ผ.01 layout shared by the development-plan exporters: the form's labels, and each summary line's
// figures as one count and one amount per year and then over all years (null = unknown).
import type { SummaryLine } from '../model/development-summary.js';
import type { Satang } from '../model/types.js';
import { formatBaht } from '../parse/thai.js';

/** The forms' labels; Thai whatever the UI language, as on the forms. */
export const DEV_LABELS = {
  strategy: 'ยุทธศาสตร์',
  programme: 'แผนงาน',
  count: 'จำนวนโครงการ',
  budget: 'งบประมาณ (บาท)',
  number: 'ที่',
  project: 'โครงการ',
  note: 'หมายเหตุ',
  total: 'รวม (บาท)',
  year: (year: number) => `ปี ${year}`,
  allYears: (n: number) => `รวม ${n} ปี`,
  /** The ผ.01 form's name, above the plan's title. */
  summaryForm: 'บัญชีสรุปโครงการพัฒนา',
  /** The ผ.02 form's name. */
  projectsForm: 'รายละเอียดโครงการพัฒนา',
  defaultTitle: 'แผนพัฒนาท้องถิ่น',
  repeated: 'ซ้ำกับโครงการก่อนหน้าในแผนงานเดียวกัน (ไม่นับใน ผ.01)',
  unknownYears: (years: number[]) => `งบประมาณปี ${years.join(', ')} ว่างหรืออ่านไม่ได้`,
} as const;

/** The column groups of ผ.01 after the label: one per year, then the all-years total. */
export function groupLabels(years: readonly number[]): string[] {
  return [...years.map(DEV_LABELS.year), DEV_LABELS.allYears(years.length)];
}

/** A line's figures in column-group order (the years, then the total); null on a strategy line. */
export interface LineFigures {
  counts: (number | null)[];
  amounts: (Satang | null)[];
}

/** The figures of a line, group by group (see `groupLabels`). */
export function lineFigures(line: SummaryLine, years: readonly number[]): LineFigures | null {
  const f = line.figures;
  if (!f) return null;
  return {
    counts: [...years.map((y) => f.counts.get(y) ?? null), f.totalCount],
    amounts: [...years.map((y) => f.amounts.get(y) ?? null), f.totalAmount],
  };
}

/** A count as the form writes it: `-` for none, `?` when unknown. */
export function countText(n: number | null): string {
  return n === null ? '?' : n === 0 ? '-' : String(n);
}

/** An amount as the form writes it (`1,000,000`): `-` for none, `?` when unknown. */
export function amountText(v: Satang | null): string {
  return v === null ? '?' : v === 0n ? '-' : formatBaht(v);
}
