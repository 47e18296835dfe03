// The contract between the check registry and each check: metadata, context, and the problems a check reports.
import type { Plan, Project, Range, RequiredSection } from '../model/types.js';
import type { PlanIndex, RowMatch } from '../model/index.js';
import type { CatalogueKey as MessageKey } from '../i18n/index.js';
import type { ProfileId } from '../profiles/types.js';

/** How loudly a check speaks; `off` disables it. Mapped to LSP severity at one boundary. */
export type Level = 'off' | 'hint' | 'warning' | 'error';

/** Text in both languages. */
export interface Localized {
  en: string;
  th: string;
}

/** What a check is, beside its code. */
export interface CheckMeta {
  /** Stable id used as diagnostic `code`, in the CLI and in docs (`docs/checks/<id>.md`). */
  id: string;
  /** One line on what the check finds. */
  description: Localized;
  /** Level used when settings say nothing. */
  defaultLevel: Exclude<Level, 'off'>;
  /** True when its problems carry fixes in `data.fixes`. */
  fixable: boolean;
  /** Free tags for grouping (`numbering`, `budget`, `table`, `text`, `structure`). */
  tags: string[];
  /**
   * How far the cause of each problem reaches, which lets the engine re-run the check only where an
   * edit reached (default `plan`: every time, over the whole plan):
   * `line` — a problem comes from one line's text and kind, and its fixes edit only that line;
   * `project` — from one project (its object), with fixes inside it or on the line after it;
   * `row` — from one summary-table row and the project it stands for (a `RowMatch`), fixes on those.
   * What else it reads (the organisation's name, the years…) goes in `Check.contextKey`.
   */
  scope?: 'line' | 'project' | 'row' | 'plan';
  /** The plan profiles the check applies to (default: the anti-corruption plan only). */
  profiles?: readonly ProfileId[];
}

/** A message from the catalogue with its arguments; formatted per locale at the boundary. */
export interface MessageRef {
  key: MessageKey;
  args?: Record<string, string | number>;
}

/** A text edit that a quick fix applies. */
export interface Edit {
  range: Range;
  newText: string;
  /** The whole lines the range touches as they read when the check ran (stamped by the engine, not by checks). */
  oldLines?: string;
}

/** A ready-made fix: a title and the edits to apply. */
export interface Fix {
  title: MessageRef;
  edits: Edit[];
}

/** Machine-readable detail carried by a problem (becomes `diagnostic.data`). */
export interface ProblemData {
  /** The expected value (number, amount as a string of baht, name, …). */
  expected?: string | number;
  /** The value found. */
  actual?: string | number;
  /** For a missing item of an ordered list (a required section): its 0-based position there. */
  position?: number;
  /** Fixes, most likely first. */
  fixes?: Fix[];
}

/** Another place involved in a problem (LSP relatedInformation). */
export interface Related {
  range: Range;
  message: MessageRef;
}

/** One problem reported by a check; the registry adds the check id and level. */
export interface Problem {
  range: Range;
  message: MessageRef;
  related?: Related[];
  data?: ProblemData;
}

/** Settings that shape what checks do. */
export interface CheckOptions {
  /** Required sections with aliases (front matter overrides settings, which override defaults). */
  requiredSections: RequiredSection[];
}

/** What a check receives: the parsed plan, derived figures, and options. */
export interface CheckContext {
  plan: Plan;
  index: PlanIndex;
  options: CheckOptions;
  /** For a `line`-scoped check: check only lines [from, to) (all lines when absent). */
  lines?: { from: number; to: number };
  /** For a `project`-scoped check: check only these projects (all when absent). */
  projects?: readonly Project[];
  /** For a `row`-scoped check: check only these rows (all of `index.rowMatches` when absent). */
  rows?: readonly RowMatch[];
}

/** A check: metadata plus a pure function from the plan to problems. */
export interface Check {
  meta: CheckMeta;
  run(ctx: CheckContext): Problem[];
  /** For a scoped check: everything else its problems depend on, as a string (equal → reusable). */
  contextKey?(ctx: CheckContext): string;
}
