// The model of a local development plan (profile `development`): ยุทธศาสตร์ → แผนงาน → one ผ.02 table
// row per project, and the ผ.01 summary with a count and a budget per year and over five years.
import type { AmountCell, Cell, Heading, Range } from './types.js';
import type { ColumnSpec } from '../profiles/types.js';

/** A column key of a ผ.02 project list. */
export type DevColumnKey = ColumnSpec['key'];

/** A project-count cell of the ผ.01 summary. */
export interface CountCell {
  cell: Cell;
  /** The count; `-` reads as 0; null when blank or unreadable. */
  value: number | null;
  /** True when the cell has text that is not a count. */
  invalid: boolean;
}

/** One ผ.02 table (a แผนงาน's project list). */
export interface DevTable {
  range: Range;
  headerRange: Range;
  /** Rows read as header: 1, or 2 when a second header row names the years. */
  headerRows: number;
  /** The column of each key the header names. */
  columns: Partial<Record<DevColumnKey, number>>;
  /** One budget column per plan year, in column order. */
  years: { year: number; index: number }[];
  /** Required columns the header lacks. */
  missing: DevColumnKey[];
}

/** A project: one row of a ผ.02 table. */
export interface DevProject {
  /** The number in the ที่ column, or null when blank or unreadable. */
  number: number | null;
  name: string;
  normName: string;
  /** Zero-based line of the row. */
  line: number;
  range: Range;
  /** Every cell of the row, by column. */
  cells: Cell[];
  table: DevTable;
  /** Budget per year column (a blank cell has value null, `-` has 0). */
  amounts: Map<number, AmountCell>;
  /** Indexes of the owning strategy and แผนงาน in `DevelopmentPlan`, or -1. */
  strategyIndex: number;
  programmeIndex: number;
  /** An earlier row of the same แผนงาน with the same name: this one repeats it and is not counted. */
  repeats?: DevProject;
}

/** A ยุทธศาสตร์ heading of the ผ.02 part. */
export interface DevStrategy {
  number: number | null;
  title: string;
  normTitle: string;
  heading: Heading;
  /** Indexes into `DevelopmentPlan.programmes`. */
  programmes: number[];
}

/** A แผนงาน heading of the ผ.02 part, with its tables' projects. */
export interface DevProgramme {
  /** The `N` of `N.M`, or null when the heading has no number. */
  strategyNumber: number | null;
  number: number | null;
  title: string;
  normTitle: string;
  heading: Heading;
  /** Index of the owning strategy, or -1 when it comes before any. */
  strategyIndex: number;
  tables: DevTable[];
  projects: DevProject[];
}

/** A row of the ผ.01 summary. */
export interface DevSummaryRow {
  /** `strategy`: opens a ยุทธศาสตร์; `programme`: a แผนงาน's figures; `subtotal`: รวม of a ยุทธศาสตร์; `grand-total`: รวมทั้งสิ้น; `header`: a second header row. */
  kind: 'strategy' | 'programme' | 'subtotal' | 'grand-total' | 'header' | 'other';
  line: number;
  range: Range;
  /** The first cell (ยุทธศาสตร์ / แผนงาน). */
  label: Cell;
  /** For strategy rows: its number; for programme rows: `N` of `N.M` (or the open strategy's). */
  strategyNumber: number | null;
  /** For programme rows: `M` of `N.M`, or null. */
  number: number | null;
  title: string;
  normTitle: string;
  /** Index (in `DevSummary.rows`) of the strategy row this row is under, or -1. */
  strategyRow: number;
  counts: Map<number, CountCell>;
  amounts: Map<number, AmountCell>;
  totalCount?: CountCell;
  totalAmount?: AmountCell;
}

/** The ผ.01 summary table. */
export interface DevSummary {
  range: Range;
  headerRange: Range;
  /** The years with columns, in order. */
  years: number[];
  rows: DevSummaryRow[];
}

/** A development plan's content. */
export interface DevelopmentPlan {
  strategies: DevStrategy[];
  programmes: DevProgramme[];
  /** Every project row, in document order. */
  projects: DevProject[];
  /** Project rows of ผ.02 tables that come before any แผนงาน heading. */
  orphans: DevProject[];
  summary?: DevSummary;
  /** The plan's years: the front matter's, else the ผ.01 columns'. */
  years: number[];
}
