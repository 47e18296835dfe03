// Text output of `check`: one `file:line:col severity code message` line per problem, then a summary line.
import type { CatalogueKey, Locale } from '../../server/src/i18n/index.js';
import { formatMessage } from '../../server/src/i18n/index.js';
import { messageText, oneBased, type CheckRun } from './report.js';

/** Formats a run as text, ending with a newline. */
export function formatText(run: CheckRun): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, hint: 0 };
  for (const { file, findings, locale } of run.reports) {
    for (const f of findings) {
      const { line, column } = oneBased(f.range);
      counts[f.level] += 1;
      lines.push(
        `${file}:${line}:${column} ${f.level} ${f.checkId} ${messageText(f.message, locale)}`,
      );
    }
  }
  lines.push(summaryLine(run, counts));
  return lines.join('\n') + '\n';
}

function summaryLine(run: CheckRun, counts: Record<'error' | 'warning' | 'hint', number>): string {
  const l = run.locale;
  const files = count('file', run.reports.length, l);
  const parts = (['error', 'warning', 'hint'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => count(k, counts[k], l));
  const problems = parts.length
    ? parts.reduce((a, b) => formatMessage('cli.list-join', { a, b }, l))
    : '';
  const lines = [
    problems
      ? formatMessage('cli.summary.problems', { problems, files }, l)
      : formatMessage('cli.summary.clean', { files }, l),
  ];
  const unreadable = run.unreadable.length;
  if (unreadable > 0)
    lines.push(formatMessage('cli.summary.unreadable', { files: count('file', unreadable, l) }, l));
  return lines.join(' ');
}

function count(what: 'error' | 'warning' | 'hint' | 'file', n: number, locale: Locale): string {
  const key = `cli.count.${what}.${n === 1 ? 'one' : 'other'}` as CatalogueKey;
  return formatMessage(key, { n }, locale);
}
