// The typed plan model: what the parser produces and what every check reads. No LSP types here.

/** A zero-based position; `character` counts UTF-16 code units, as in LSP and JS strings. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range between two positions. */
export interface Range {
  start: Position;
  end: Position;
}

/** Money in satang (1 baht = 100 satang). Always an exact integer, never a float. */
export type Satang = bigint;

import type { DevelopmentPlan } from './development.js';
import type { LineKinds } from './line-kinds.js';

/** How a raw source line is used, so that text checks can skip code and front matter. */
export type LineKind = 'front-matter' | 'code' | 'heading' | 'table' | 'text' | 'blank' | 'comment';

/** A problem found while reading the front matter (the `front-matter` check reports these). */
export interface FrontMatterIssue {
  /** The key concerned (`years`, `organization`, …), or `yaml` for a syntax error. */
  key: string;
  /**
   * `missing`: key absent; `invalid`: value unreadable; `syntax`: not YAML; `absent`: no front
   * matter; `too-complex`: aliases that expand too far or nesting too deep to read safely.
   */
  kind: 'missing' | 'invalid' | 'syntax' | 'absent' | 'too-complex';
  /** Where to show it: the value, the key, or the first line. */
  range: Range;
  /** The default the parser assumed instead, shown to the user. */
  assumed?: string;
  /** Detail from the YAML library, for `syntax`. */
  detail?: string;
}

/** One entry of the required-section list: its canonical name and accepted aliases. */
export interface RequiredSection {
  /** The canonical Thai section name (the NACC template's wording). */
  name: string;
  /** Other names that satisfy the same requirement. */
  aliases: string[];
}

/** The YAML front matter, resolved to the plan's settings. */
export interface FrontMatter {
  /** True when the document starts with a `---` fenced block. */
  present: boolean;
  /** The whole block including both fences, when present. */
  range?: Range;
  /** The raw parsed YAML mapping (empty when absent or invalid). */
  data: Record<string, unknown>;
  /** `type:` value, when given. */
  type?: string;
  /** `title:` value. */
  title?: string;
  /** `organization:` value, the name other mentions are compared to. */
  organization?: string;
  /** The plan's Buddhist-era fiscal years, ascending; empty when missing or invalid. */
  years: number[];
  /** `lang:` value (`th` or `en`): the language of the plan's messages, when written. */
  lang?: 'th' | 'en';
  /** `currency:` value; default บาท. */
  currency: string;
  /** `required-sections:` override, when given and valid. */
  requiredSections?: RequiredSection[];
  /** `plancheck: checks:` levels by check id; they override the settings for this plan. */
  checkLevels?: Record<string, 'off' | 'hint' | 'warning' | 'error'>;
  /** Range of each top-level key's value (or key when the value is empty), for diagnostics. */
  keyRanges: Record<string, Range>;
  /** Missing or invalid keys, in document order. */
  issues: FrontMatterIssue[];
}

/** An ATX heading (`#`…`######`). */
export interface Heading {
  /** 1–6. */
  level: number;
  /** The heading text with inline Markdown removed and trimmed. */
  text: string;
  /** Zero-based line of the heading. */
  line: number;
  /** The whole heading line. */
  range: Range;
  /** The heading's text (after the `#`s), trimmed. */
  textRange: Range;
}

/** มิติ / ยุทธศาสตร์: a top group of projects. */
export interface Dimension {
  /** The number written in the heading (Thai digits converted), or null when unreadable. */
  number: number | null;
  /** Where that number is written (for numbering diagnostics). */
  numberRange: Range;
  /** The title after the number. */
  title: string;
  heading: Heading;
  /** Missions in document order. */
  missions: Mission[];
  /** Every project under this dimension, including those inside missions. */
  projects: Project[];
}

/** ภารกิจ / แผนงาน: an optional second-level group, numbered `D.M`. */
export interface Mission {
  /** The first number (should equal the dimension's), or null. */
  dimensionNumber: number | null;
  /** The second number, or null. */
  number: number | null;
  /** Where `D.M` is written. */
  numberRange: Range;
  title: string;
  heading: Heading;
  projects: Project[];
}

/** A heading directly under a project, with the text below it. */
export interface Section {
  /** The heading text as written. */
  title: string;
  /** Normalised title used for matching. */
  normTitle: string;
  /** The canonical required-section name this heading satisfies, or null for another section. */
  canonical: string | null;
  /** For a title written as a paragraph, a heading made from it (not in `Plan.headings`). */
  heading: Heading;
  /** How the title is written: a heading (absent), `**bold**` or `1. numbered` paragraph. */
  form?: 'bold' | 'numbered';
  /** From after the title (same line when content follows it) to the end of the section's content. */
  contentRange: Range;
  /** The content as plain text (lines joined with `\n`), trimmed. */
  text: string;
  /** True when the content has no text at all. */
  empty: boolean;
}

/** What a project's budget section says. */
export interface Budget {
  /**
   * `none`: ไม่ใช้งบประมาณ (zero each year); `uniform`: one amount for every year;
   * `per-year`: amounts named by year; `table`: a table with year columns;
   * `unreadable`: text that could not be read as an amount; `absent`: no budget section.
   */
  kind: 'none' | 'uniform' | 'per-year' | 'table' | 'unreadable' | 'absent';
  /** Amount per plan year (only years that are known). */
  amounts: Map<number, Satang>;
  /** The budget section's content range, when there is one. */
  range?: Range;
  /** What the section leaves unclear (the years concerned are then not in `amounts`). */
  issues: BudgetIssue[];
}

/**
 * Something a budget section does not settle: `unreadable` (an amount word such as 2O,000), `range`
 * (20,000-30,000), `year-outside` (a year the plan does not cover), `ambiguous` (an amount for no
 * year beside others), `conflict` (two amounts for one year), `sum` (cost lines or years that do
 * not add up to the stated total), `table-total` (a budget table's รวม row is not its rows' sum).
 */
export interface BudgetIssue {
  reason:
    'unreadable' | 'range' | 'year-outside' | 'ambiguous' | 'conflict' | 'sum' | 'table-total';
  range: Range;
  /** The words concerned, as written. */
  text: string;
  year?: number;
  /** For `sum` and `table-total`: what the lines add up to, and what the total says. */
  expected?: Satang;
  actual?: Satang;
}

/** A numbered project (โครงการ/กิจกรรม/มาตรการ) in the details part of the plan. */
export interface Project {
  /** The number in the heading, or null when none can be read. */
  number: number | null;
  /** Where the number is written (the heading's text start when none). */
  numberRange: Range;
  /** The project's name, with labels such as `ชื่อโครงการ :` removed. */
  name: string;
  /** Where the name is written. */
  nameRange: Range;
  /** The name normalised for comparison. */
  normName: string;
  heading: Heading;
  /** Index of the owning dimension in `Plan.dimensions`, or -1 when outside any dimension. */
  dimensionIndex: number;
  /** Index of the owning mission within that dimension, or -1. */
  missionIndex: number;
  /** Headings directly below the project, in order. */
  sections: Section[];
  budget: Budget;
  /** From the heading to the end of the project's last section. */
  range: Range;
  /**
   * The project's whole body text, normalised, for near-duplicate detection of a project without
   * sections (its fingerprint text); empty when the project has sections, whose texts serve instead.
   */
  normBody: string;
}

/** One cell of a GFM table row. */
export interface Cell {
  /** The cell's text with inline Markdown removed and trimmed. */
  text: string;
  /** Column index (0-based). */
  index: number;
  /** The trimmed content's range; for an empty cell, a zero-width range inside it. */
  range: Range;
  /** True when the row is shorter than the header and lacks this cell (range: the line's end). */
  absent?: boolean;
}

/** An amount read from a table cell. */
export interface AmountCell {
  cell: Cell;
  /** The amount; null when the cell is blank (missing) or unreadable. */
  value: Satang | null;
  /** True when the cell has text that is not an amount. */
  invalid: boolean;
}

/** The group (dimension or mission) that a table row belongs to. */
export interface GroupRef {
  /** For a dimension: its number; for a mission: its second number. Null when unreadable. */
  number: number | null;
  /** For a mission: the first number of `D.M`. */
  dimensionNumber?: number | null;
  title: string;
  /** The cell that opened the group. */
  cell: Cell;
}

/** A row of the summary table. */
export interface TableRow {
  /**
   * `project`: a numbered project row; `subtotal`: รวม; `grand-total`: รวมทั้งสิ้น; `header`: a second
   * header row, or the header repeated (at a page break); `group`: a row that only opens a dimension
   * or mission (`| มิติที่ 2 … | | |`); `other`: anything else.
   */
  kind: 'project' | 'subtotal' | 'grand-total' | 'header' | 'group' | 'other';
  /** Index of the table part (in `SummaryTable.parts`) the row is in. */
  part: number;
  /** Zero-based source line. */
  line: number;
  /** The whole row line. */
  range: Range;
  cells: Cell[];
  /** The dimension this row belongs to (opened here or above). */
  dimension?: GroupRef;
  /** The mission this row belongs to, when the table has a mission column. */
  mission?: GroupRef;
  /** Project number read from the project cell, or null. */
  number: number | null;
  /** Where the number is written. */
  numberRange?: Range;
  /** Project name read from the project cell (number removed). */
  name: string;
  /** Where the name is written. */
  nameRange?: Range;
  /** Normalised name for comparison. */
  normName: string;
  /** The project cell. */
  projectCell?: Cell;
  /** Amount per plan year, for each year column. */
  years: Map<number, AmountCell>;
  /** The total column's amount, when the table has one. */
  total?: AmountCell;
  /** For total rows: the count `จำนวน N …` and where N is written. */
  count?: { value: number; range: Range };
  /** The note column's cell. */
  note?: Cell;
}

/** Which column holds what, in the summary table. */
export interface TableColumns {
  project: number;
  dimension?: number;
  mission?: number;
  total?: number;
  note?: number;
  /** One per year column, in column order. */
  years: { year: number; index: number; range: Range }[];
  /**
   * Further money columns of a year, beside its year column (where the money comes from:
   * เทศบัญญัติ, อุดหนุน, แหล่งงบประมาณ); they are never added to the year's amount.
   */
  extras: { year: number; index: number }[];
}

/** One Markdown table of the summary: a plan may print one per dimension, or split one at page breaks. */
export interface TablePart {
  range: Range;
  /** The header line (the first line of the part; for a part of total rows only, that row). */
  headerRange: Range;
  columns: TableColumns;
  /** Number of rows read as header: 1, or 2 with a second header row. */
  headerRows: number;
  /** The dimension named just above the part (`มิติที่ 2 …`), for a part without a dimension column. */
  caption?: GroupRef;
  /** True for a table of total rows only (no header of its own), read with the part before's columns. */
  totalsOnly?: boolean;
}

/**
 * The summary table: every table whose header has a project column and year columns, outside the
 * project details, read as one (its parts).
 */
export interface SummaryTable {
  /** From the first part's first line to the last part's last line. */
  range: Range;
  /** The first part's header line. */
  headerRange: Range;
  /** The first part's columns (each part has its own in `parts`). */
  columns: TableColumns;
  /** The years that have a column in some part, each once, in column order. */
  years: number[];
  /** The tables read, in document order (at least one). */
  parts: TablePart[];
  /** Every part's rows, in document order. */
  rows: TableRow[];
}

/**
 * Which profile the plan is read with (profiles/): `type` — named by the front matter's `type:`;
 * `detected` — no `type:`, but its tables are ผ.02 project lists; `unknown-type` — a `type:` that
 * names no profile (read as the default); `default` — nothing says otherwise.
 */
export interface PlanProfile {
  id: 'anti-corruption' | 'development';
  source: 'type' | 'detected' | 'unknown-type' | 'default';
}

/** The whole plan, as parsed. */
export interface Plan {
  /** The source split into lines (without line terminators). */
  lines: string[];
  /** How each line is used; same length as `lines`. */
  lineKinds: LineKinds;
  frontMatter: FrontMatter;
  /** Every heading, in order. */
  headings: Heading[];
  dimensions: Dimension[];
  /** Every project in document order. */
  projects: Project[];
  /** The summary table, when one is found. */
  table?: SummaryTable;
  /** The profile the plan is read with; absent means the anti-corruption plan, read by default. */
  profile?: PlanProfile;
  /** For a development plan: its strategies, ผ.02 project rows and ผ.01 summary. */
  development?: DevelopmentPlan;
}
