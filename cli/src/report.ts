// What `check` found per file, and the helpers every output format shares (message text, 1-based positions).
import type { Finding } from '../../server/src/engine.js';
import { formatMessage, type Locale } from '../../server/src/i18n/index.js';
import type { MessageRef } from '../../server/src/checks/types.js';
import type { Range } from '../../server/src/model/types.js';

/** The findings for one file that could be read, under the name the user gave. */
export interface FileReport {
  file: string;
  findings: Finding[];
  /** The language of this file's messages (the plan's own unless one was asked for). */
  locale: Locale;
}

/** What a whole `check` run produced. */
export interface CheckRun {
  reports: FileReport[];
  /** Files that could not be read, with the message already shown on stderr. */
  unreadable: { file: string; error: MessageRef }[];
  /** The language of the run's own lines (counts, unreadable files). */
  locale: Locale;
}

/** A message in one line, in the run's language. */
export function messageText(ref: MessageRef, locale: Locale): string {
  return formatMessage(ref.key, ref.args, locale).replace(/\s*\n\s*/g, ' ');
}

/** A range as 1-based line and column numbers; the end column is just past the range (exclusive). */
export function oneBased(range: Range): {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
} {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}
