// year-columns: the summary table's year columns are not the plan years of the front matter.
import type { TablePart } from '../model/types.js';
import type { Check, Problem } from './types.js';

/** Reports plan years with no column (on the header row) and columns for other or repeated years. */
export const check: Check = {
  meta: {
    id: 'year-columns',
    description: {
      en: 'The summary table’s year columns differ from the years in the front matter.',
      th: 'คอลัมน์ปีในตารางสรุปไม่ตรงกับปีของแผนที่ระบุไว้ในส่วนหัว (front matter)',
    },
    defaultLevel: 'error',
    fixable: false,
    tags: ['table'],
  },
  run({ plan }) {
    const table = plan.table;
    const years = plan.frontMatter.years;
    if (!table || years.length === 0) return [];
    // Each table of the summary (one per dimension, say) has its own header to check.
    return table.parts.filter((p) => !p.totalsOnly).flatMap((p) => partProblems(p, years));
  },
};

/** The year-column problems of one part of the summary table. */
function partProblems(part: TablePart, years: number[]): Problem[] {
  const span = spanText(years);
  const columns = part.columns.years;
  const actual = columns.map((c) => c.year).join(', ');
  const problems: Problem[] = [];
  const seen = new Set<number>();
  for (const c of columns) {
    if (!years.includes(c.year)) {
      problems.push({
        range: c.range,
        message: { key: 'year-columns.extra', args: { year: c.year, span } },
        data: { expected: span, actual },
      });
    } else if (seen.has(c.year)) {
      problems.push({
        range: c.range,
        message: { key: 'year-columns.repeated', args: { year: c.year } },
        data: { expected: span, actual },
      });
    }
    seen.add(c.year);
  }
  const missing = years.filter((y) => !seen.has(y));
  if (missing.length) {
    problems.push({
      range: part.headerRange,
      message: { key: 'year-columns.missing', args: { years: missing.join(', '), span } },
      data: { expected: span, actual },
    });
  }
  return problems;
}

/** `2566–2570` for a run of years, else the list. */
export function spanText(years: number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return '';
  const contiguous = years.every((y, i) => y === first + i);
  return contiguous && years.length > 1 ? `${first}–${last}` : years.join(', ');
}
