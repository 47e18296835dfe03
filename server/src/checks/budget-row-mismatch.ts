// budget-row-mismatch: a table row's amount for a year differs from its project's budget section.
import { formatBaht } from '../parse/thai.js';
import type { Check, Problem } from './types.js';
import { projectAmount } from './budget-missing.js';
import { baht, bahtDiff, firstTextLine, numberOf } from './util.js';

/** Reports each year cell of a project row that disagrees with the budget of the project it stands for. */
export const check: Check = {
  meta: {
    id: 'budget-row-mismatch',
    description: {
      en: 'A summary-table amount differs from the budget written in the project’s details.',
      th: 'งบประมาณในตารางสรุปไม่ตรงกับงบประมาณที่เขียนในรายละเอียดโครงการ',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['budget', 'table'],
    scope: 'row',
  },
  run({ plan, index, rows }) {
    const problems: Problem[] = [];
    for (const m of rows ?? index.rowMatches) {
      const p = m.project;
      if (!p) continue;
      for (const [year, cell] of m.row.years) {
        const expected = projectAmount(p.budget, year);
        if (cell.value === null || expected === undefined || cell.value === expected) continue;
        problems.push({
          range: cell.cell.range,
          message: {
            key: 'budget-row-mismatch.differs',
            args: {
              row: m.row.number ?? '?',
              year,
              actual: baht(cell.value),
              project: numberOf(p),
              expected: baht(expected),
              difference: bahtDiff(cell.value, expected),
            },
          },
          ...(p.budget.range
            ? {
                related: [
                  {
                    range: firstTextLine(plan, p.budget.range),
                    message: {
                      key: 'budget-row-mismatch.related-budget',
                      args: { project: numberOf(p), expected: baht(expected) },
                    },
                  },
                ],
              }
            : {}),
          data: {
            expected: baht(expected),
            actual: baht(cell.value),
            fixes: [
              {
                title: { key: 'budget-row-mismatch.fix', args: { expected: baht(expected) } },
                edits: [{ range: cell.cell.range, newText: formatBaht(expected, cell.cell.text) }],
              },
            ],
          },
        });
      }
    }
    return problems;
  },
};
