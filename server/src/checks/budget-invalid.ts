// budget-invalid: an amount that cannot be read as a number of baht (e.g. "ห้าพันบาท").
import type { AmountCell, BudgetIssue, Plan } from '../model/types.js';
import type { Check, Problem } from './types.js';
import { firstTextLine, numberOf, textAt } from './util.js';

/** Reports unreadable amounts in table cells and in project budget sections. */
export const check: Check = {
  meta: {
    id: 'budget-invalid',
    description: {
      en: 'An amount cannot be read: write digits such as 20,000 or 20,000 บาท (0 or - for none).',
      th: 'อ่านจำนวนเงินไม่ได้ ให้เขียนเป็นตัวเลข เช่น 20,000 หรือ 20,000 บาท (ไม่ใช้งบให้ใส่ 0 หรือ -)',
    },
    defaultLevel: 'error',
    fixable: false,
    tags: ['budget'],
  },
  run({ plan }) {
    const problems: Problem[] = [];
    const cell = (c: AmountCell | undefined): void => {
      if (!c?.invalid) return;
      problems.push({
        range: c.cell.range,
        message: { key: 'budget-invalid.cell', args: { text: c.cell.text } },
        data: { actual: c.cell.text },
      });
    };
    for (const row of plan.table?.rows ?? []) {
      for (const c of row.years.values()) cell(c);
      cell(row.total);
    }
    for (const p of plan.projects) {
      for (const issue of p.budget.issues) {
        const key = ISSUE_KEYS[issue.reason];
        if (!key) continue;
        problems.push({
          range: issue.range,
          message: {
            key,
            args: { project: numberOf(p), text: issue.text, ...yearsOf(plan, issue) },
          },
          data: { actual: issue.text },
        });
      }
      if (p.budget.kind !== 'unreadable' || !p.budget.range || p.budget.issues.length) continue;
      const range = firstTextLine(plan, p.budget.range);
      const text = textAt(plan, range);
      problems.push({
        range,
        message: { key: 'budget-invalid.section', args: { project: numberOf(p), text } },
        data: { actual: text },
      });
    }
    return problems;
  },
};

/** The message for each budget issue this check reports (budget-sum reports the sums). */
const ISSUE_KEYS = {
  unreadable: 'budget-invalid.word',
  range: 'budget-invalid.range',
  'year-outside': 'budget-invalid.year-outside',
  ambiguous: 'budget-invalid.ambiguous',
  conflict: 'budget-invalid.conflict',
  sum: undefined,
  'table-total': undefined,
} as const satisfies Record<BudgetIssue['reason'], string | undefined>;

/** The issue's year and the plan's span, for the messages. */
function yearsOf(plan: Plan, issue: BudgetIssue): Record<string, string | number> {
  const years = plan.frontMatter.years;
  return {
    year: issue.year ?? '',
    first: years[0] ?? '',
    last: years[years.length - 1] ?? '',
  };
}
