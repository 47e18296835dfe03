// What an exporter may show besides the summary: the language of its labels and the plan's open problems.
import type { Finding } from '../engine.js';
import { formatMessage, type Locale } from '../i18n/index.js';

/** One open problem, ready to list (the XLSX "Problems" sheet). */
export interface ExportProblem {
  /** 1-based line of the problem's start. */
  line: number;
  level: Finding['level'];
  /** The check id (the diagnostics' `code`). */
  checkId: string;
  /** The message in the export's language. */
  message: string;
}

/** Optional input of an exporter; formats that do not list problems ignore `problems`. */
export interface ExportContext {
  /** Language of labels outside the table (sheet names, the problems list); default Thai. */
  locale?: Locale;
  /** The plan's open problems, in document order. */
  problems?: ExportProblem[];
}

/** The findings of an analysis as export problems, messages in `locale`. */
export function exportProblems(findings: readonly Finding[], locale: Locale): ExportProblem[] {
  return findings.map((f) => ({
    line: f.range.start.line + 1,
    level: f.level,
    checkId: f.checkId,
    message: formatMessage(f.message.key, f.message.args, locale),
  }));
}
