// JSON output of `check`: an array of `{file, line, column, endLine, endColumn, severity, code, message}`.
import { messageText, oneBased, type CheckRun } from './report.js';

/** One problem in the JSON output; positions are 1-based, `endColumn` is exclusive. */
export interface JsonProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'hint';
  code: string;
  message: string;
}

/** Formats a run as a pretty-printed JSON array, ending with a newline. */
export function formatJson(run: CheckRun): string {
  const problems: JsonProblem[] = run.reports.flatMap(({ file, findings, locale }) =>
    findings.map((f) => ({
      file,
      ...oneBased(f.range),
      severity: f.level,
      code: f.checkId,
      message: messageText(f.message, locale),
    })),
  );
  return JSON.stringify(problems, null, 2) + '\n';
}
