// Custom requests (and one notification) shared by the client and the server, each declared once, typed.
// Imports only the protocol package, so the client bundle pulls in no server code.
import {
  NotificationType,
  RequestType,
  type Position,
  type Range,
  type TextDocumentIdentifier,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';

/** Parameters of `plancheck/analysisSummary`: the document to summarise. */
export interface AnalysisSummaryParams {
  /** An open document. */
  textDocument: TextDocumentIdentifier;
}

/** Problem counts of an open document, as the diagnostics show them. */
export interface AnalysisSummary {
  /** The document version the counts are for. */
  version: number;
  /** False for an ordinary Markdown file (then every count is 0). */
  isPlan: boolean;
  /** Problems at level `error`. */
  errors: number;
  /** Problems at level `warning`. */
  warnings: number;
  /** Problems at level `hint`. */
  hints: number;
}

/** Asks for the problem counts of an open document; `null` when the document is not open. */
export const analysisSummaryRequest = new RequestType<
  AnalysisSummaryParams,
  AnalysisSummary | null,
  void
>('plancheck/analysisSummary');

/**
 * `plancheck/checked`: sent after each pushed check, to a client that asked for it in `initialize`
 * (`capabilities.experimental.plancheckChecked: true`), since a check whose diagnostics did not change
 * publishes nothing. Benchmarks and tests wait on it; editors need not ask.
 */
export interface CheckedParams {
  uri: string;
  /** The version checked. */
  version: number;
  /** Whether its diagnostics were published (false: they are what was published before). */
  published: boolean;
}

export const checkedNotification = new NotificationType<CheckedParams>('plancheck/checked');

/** Parameters of `plancheck/summaryTable`: the plan to preview. */
export interface SummaryTableParams {
  /** An open document. */
  textDocument: TextDocumentIdentifier;
}

/** Baht as an exact decimal string with two decimals and no separators (`"12345.50"`). */
export type BahtString = string;

/** What the written summary table says in a cell that disagrees with the computed value. */
export interface WrittenCell {
  /** The cell's text as written; `''` when the cell is blank. */
  text: string;
  /** Its amount; null when the cell is blank or unreadable. */
  amount: BahtString | null;
}

/** A computed amount, with the written value where the document's table disagrees. */
export interface PreviewCell {
  /** Computed from the project details; null when the project's budget does not state it. */
  amount: BahtString | null;
  /** Present only when the written table has this cell and it says something else. */
  written?: WrittenCell;
}

/** One cell per plan year (in `SummaryTableModel.years` order) and the total column. */
export interface PreviewAmounts {
  years: PreviewCell[];
  total: PreviewCell;
}

/** A dimension or mission heading of the plan. */
export interface PreviewHeading {
  /** The heading text as written (`มิติที่ 1 …`, `1.1 …`). */
  text: string;
  /** Its zero-based line, to reveal. */
  line: number;
}

/** A project row: computed from the project's budget section. */
export interface PreviewProjectRow extends PreviewAmounts {
  /** The project's number, or null when its heading has none. */
  number: number | null;
  name: string;
  /** The project heading's zero-based line, to reveal. */
  line: number;
  /** The mission the project belongs to, or null. */
  mission: PreviewHeading | null;
  /** False when no row of the written table stands for this project. */
  inTable: boolean;
}

/** A subtotal or grand total, with the written row's count where it disagrees. */
export interface PreviewTotals extends PreviewAmounts {
  /** Number of projects summed. */
  count: number;
  /** The count written in the table's total row, present only when it differs from `count`. */
  writtenCount?: number | null;
  /** The written total row's zero-based line, or null when the table has none. */
  line: number | null;
}

/** A dimension with its projects and subtotal; `dimension` is null for projects outside any. */
export interface PreviewGroup {
  dimension: PreviewHeading | null;
  rows: PreviewProjectRow[];
  subtotal: PreviewTotals;
}

/** A ผ.01 project count worked out from ผ.02, with the written ผ.01 value where it disagrees. */
export interface PreviewCountCell {
  /** Null when a ผ.02 budget cell it rests on is blank or unreadable. */
  count: number | null;
  /** Present only when the written ผ.01 has this cell and it says something else. */
  written?: { text: string; count: number | null };
}

/** One column group of a ผ.01 line: a year's (or all years') project count and budget. */
export interface PreviewDevFigure {
  count: PreviewCountCell;
  /** Null amount: it rests on a blank or unreadable ผ.02 cell. */
  amount: PreviewCell;
}

/** One line of a development plan's ผ.01 summary, worked out from its ผ.02 rows. */
export interface PreviewDevLine {
  kind: 'strategy' | 'programme' | 'subtotal' | 'grand-total';
  /** The label as ผ.01 writes it (`1) ยุทธศาสตร์…`, `1.1 แผนงาน…`, `รวม`, `รวมทั้งสิ้น`). */
  label: string;
  /** Zero-based line to reveal: the ผ.02 heading of a strategy or แผนงาน, the written ผ.01 row of a total. */
  line: number | null;
  /** False for a แผนงาน (or total) that no row of the written ผ.01 stands for. */
  inTable: boolean;
  /** One per plan year (in `SummaryTableModel.years` order); absent on strategy lines. */
  years?: PreviewDevFigure[];
  /** Over all the years; absent on strategy lines. */
  total?: PreviewDevFigure;
}

/** A development plan's ผ.01 summary as the preview shows it. */
export interface PreviewDevelopment {
  lines: PreviewDevLine[];
}

/** Problem counts of one check. */
export interface CheckCount {
  /** The check id (the diagnostics' `code`). */
  id: string;
  errors: number;
  warnings: number;
  hints: number;
}

/** Problem counts of the whole plan, and per check (most problems first). */
export interface PlanHealth {
  errors: number;
  warnings: number;
  hints: number;
  checks: CheckCount[];
}

/** The summary preview's view model: everything the webview shows, JSON-safe. */
export interface SummaryTableModel {
  /** The document this model is for. */
  uri: string;
  /** The document version it was computed from. */
  version: number;
  /** Front-matter title and organization, when given. */
  title: string | null;
  organization: string | null;
  /** The plan years, one column each. */
  years: number[];
  /** False when the document has no summary table (for a development plan: no ผ.01) to compare with. */
  hasWrittenTable: boolean;
  /** The NACC groups; none for a development plan. */
  groups: PreviewGroup[];
  /** The NACC grand total; for a development plan, its ผ.01 grand total (an unknown amount null). */
  grandTotal: PreviewTotals;
  /** For a development plan: its ผ.01 worked out from ผ.02, shown instead of the groups. */
  development?: PreviewDevelopment;
  health: PlanHealth;
}

/** Asks for the summary preview of an open document; `null` when it is not open or not a plan. */
export const summaryTableRequest = new RequestType<
  SummaryTableParams,
  SummaryTableModel | null,
  void
>('plancheck/summaryTable');

/** The summary-table export formats, in the order the export command offers them. */
export const exportTableFormats = ['xlsx', 'csv', 'md', 'html', 'json'] as const;

/** A format of `plancheck/exportTable` (the CLI's `--format` names). */
export type ExportTableFormat = (typeof exportTableFormats)[number];

/** Parameters of `plancheck/exportTable`. */
export interface ExportTableParams {
  /** An open plan document (its current text, saved or not, is exported). */
  textDocument: TextDocumentIdentifier;
  format: ExportTableFormat;
  /** The UI language tag (`th`, `en-US`, …) for labels and the problems sheet. */
  locale: string;
}

/** The rendered file, or why there is none. */
export type ExportTableResult =
  | {
      ok: true;
      /** The file extension, without a dot. */
      extension: string;
      /** `utf8`: `data` is the text; `base64`: `data` holds the bytes of a binary format. */
      encoding: 'utf8' | 'base64';
      data: string;
    }
  | {
      ok: false;
      /** `not-open`/`not-plan`: nothing to export; `failed`: see `message`. */
      reason: 'not-open' | 'not-plan' | 'failed';
      /** For `failed`: what went wrong, in the requested language. */
      message?: string;
    };

/** Renders the summary table of an open plan in one export format. */
export const exportTableRequest = new RequestType<ExportTableParams, ExportTableResult, void>(
  'plancheck/exportTable',
);

/** Parameters of `plancheck/newPlan`. */
export interface NewPlanParams {
  /** The organization's name, as the plan should spell it. */
  organization: string;
  /** First and last Buddhist-era fiscal year of the plan. */
  firstYear: number;
  lastYear: number;
}

/** Generates the text of a new plan: front matter, summary table, the four NACC dimensions. */
export const newPlanRequest = new RequestType<NewPlanParams, { text: string }, void>(
  'plancheck/newPlan',
);

/** Parameters of `plancheck/insertProject`. */
export interface InsertProjectParams {
  /** An open plan document. */
  textDocument: TextDocumentIdentifier;
  /** The cursor: the project goes at the end of the dimension containing it. */
  position: Position;
}

/** The edit that inserts a project, or why none can be made. */
export type InsertProjectResult =
  | {
      ok: true;
      /** Versioned: VS Code refuses it if the document changed meanwhile. */
      edit: WorkspaceEdit;
      /** The new project's name in the edited document, to select. */
      selection: Range;
      /** The new project's number. */
      number: number;
    }
  | {
      ok: false;
      /** `no-dimension`: the cursor is not inside a dimension (มิติ) or its table rows. */
      reason: 'not-open' | 'not-plan' | 'no-dimension';
    };

/** Inserts a project with every required section at the end of the cursor's dimension. */
export const insertProjectRequest = new RequestType<InsertProjectParams, InsertProjectResult, void>(
  'plancheck/insertProject',
);

/** Parameters of `plancheck/publishPlan`: the plan to publish as a Word document. */
export interface PublishPlanParams {
  /** An open plan. */
  textDocument: TextDocumentIdentifier;
  /** Publish even though the plan has errors. */
  force: boolean;
}

/** The published .docx (base64), or why not: the plan still has errors (the first one quoted). */
export type PublishPlanResult =
  | { ok: true; data: string }
  | { ok: false; reason: 'not-open' | 'not-plan' }
  | { ok: false; reason: 'has-errors'; errors: number; first: string; line: number };

/** Publishes an open plan as a print-ready Word document (A4, TH Sarabun New 16 pt). */
export const publishPlanRequest = new RequestType<PublishPlanParams, PublishPlanResult, void>(
  'plancheck/publishPlan',
);

/** Parameters of `plancheck/importWord`: a .docx file's bytes. */
export interface ImportWordParams {
  /** The file's bytes, base64. */
  data: string;
}

/** The plan in the format and what the import did, or why the file could not be read. */
export type ImportWordResult =
  | {
      ok: true;
      markdown: string;
      images: number;
      headings: number;
      missing: string[];
      warnings: string[];
    }
  | { ok: false; message: string };

/** Reads a Word plan into the plan format. */
export const importWordRequest = new RequestType<ImportWordParams, ImportWordResult, void>(
  'plancheck/importWord',
);
