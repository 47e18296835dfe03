// Small text helpers the navigation features share: amounts in baht, a project's label and budget line.
import { formatMessage, type Locale } from '../i18n/index.js';
import type { SummaryRow } from '../model/summary.js';
import type { Satang } from '../model/types.js';
import { formatBaht } from '../parse/thai.js';

/** An amount with its unit, e.g. `20,000 บาท` / `20,000 baht`. */
export function baht(value: Satang, locale: Locale): string {
  return formatMessage('nav.baht', { amount: formatBaht(value) }, locale);
}

/** A signed difference (`+5,000` / `-5,000`; `0` when equal). */
export function signed(value: Satang): string {
  return value > 0n ? `+${formatBaht(value)}` : formatBaht(value);
}

/** `N. name`, or the bare name when the project has no number. */
export function projectLabel(project: { number: number | null; name: string }): string {
  return project.number === null ? project.name : `${project.number}. ${project.name}`;
}

/** One line on a project's budget over the plan years: its sum, or why there is none. */
export function budgetLine(row: SummaryRow, years: number[], locale: Locale): string {
  const kind = row.project.budget.kind;
  if (kind === 'absent') return formatMessage('nav.budget.absent', undefined, locale);
  if (kind === 'unreadable') return formatMessage('nav.budget.unreadable', undefined, locale);
  const total = formatMessage(
    'nav.budget.total',
    { years: years.length, amount: baht(row.total, locale) },
    locale,
  );
  if (row.missingYears.length === 0) return total;
  return formatMessage(
    'nav.budget.total-missing',
    { total, missing: row.missingYears.join(', ') },
    locale,
  );
}

/** Escapes text for Markdown (hover content), including `|` so it is safe inside a table cell. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** A GFM table with the first column left-aligned and the others right-aligned (amounts). */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const align = header.map((_, i) => (i === 0 ? ':--' : '--:'));
  return [line(header), line(align), ...rows.map(line)].join('\n');
}

/** Numbers as runs: `1–9, 11, 13–15`. */
export function runs(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** Cuts a name to a readable length. */
export function short(text: string, max = 60): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : chars.slice(0, max - 1).join('') + '…';
}
