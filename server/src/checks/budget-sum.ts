// budget-sum: a project's budget whose cost lines, years or budget-table rows do not add up to the
// total it states. The project's amount is then unknown: the summary table is not blamed.
import { formatBaht } from '../parse/thai.js';
import type { CatalogueKey } from '../i18n/index.js';
import type { BudgetIssue } from '../model/types.js';
import type { Check, Problem } from './types.js';
import { baht, bahtDiff, numberOf, textAt } from './util.js';

/** Reports each stated total in a budget section that is not the sum of what it totals. */
export const check: Check = {
  meta: {
    id: 'budget-sum',
    description: {
      en: 'A project’s budget states a total that is not the sum of its cost lines, years or table rows.',
      th: 'ยอดรวมในงบประมาณของโครงการไม่เท่ากับผลรวมของรายการ ปี หรือแถวในตารางงบประมาณ',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['budget'],
  },
  run({ plan }) {
    const problems: Problem[] = [];
    for (const p of plan.projects)
      for (const issue of p.budget.issues) {
        if (issue.reason !== 'sum' && issue.reason !== 'table-total') continue;
        const expected = issue.expected ?? 0n;
        const actual = issue.actual ?? 0n;
        const like = textAt(plan, issue.range);
        problems.push({
          range: issue.range,
          message: {
            key: keyOf(issue),
            args: {
              project: numberOf(p),
              year: issue.year ?? '',
              expected: baht(expected),
              actual: baht(actual),
              difference: bahtDiff(expected, actual),
            },
          },
          data: {
            expected: baht(expected),
            actual: baht(actual),
            fixes: [
              {
                title: { key: 'budget-sum.fix', args: { expected: baht(expected) } },
                edits: [{ range: issue.range, newText: formatBaht(expected, like) }],
              },
            ],
          },
        });
      }
    return problems;
  },
};

/** The message for a sum that is off: cost lines or years, a table year, or a table's years. */
function keyOf(issue: BudgetIssue): CatalogueKey {
  if (issue.reason === 'sum') return 'budget-sum.lines';
  return issue.year === undefined ? 'budget-sum.table-years' : 'budget-sum.table';
}
