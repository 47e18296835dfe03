// dev-budget: each ผ.01 budget per year equals the sum of the ผ.02 project budgets that year (per
// แผนงาน), and the sums of those (per ยุทธศาสตร์ and overall).
import type { Check, Problem } from './types.js';
import { baht } from './util.js';
import { amountText, cellEdit, rowName, shown } from './development-util.js';

/** Reports every ผ.01 budget cell that differs from what ผ.02 gives. */
export const check: Check = {
  meta: {
    id: 'dev-budget',
    description: {
      en: 'A ผ.01 budget for a year differs from the sum of the ผ.02 project budgets that year (per แผนงาน, strategy and overall).',
      th: 'งบประมาณรายปีใน ผ.01 ไม่ตรงกับผลรวมงบประมาณโครงการใน ผ.02 ปีนั้น (รายแผนงาน ยุทธศาสตร์ และรวมทั้งสิ้น)',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['budget', 'table', 'development'],
    profiles: ['development'],
  },
  run({ plan, index }) {
    const rows = plan.development?.summary?.rows ?? [];
    const totals = index.development;
    const problems: Problem[] = [];
    if (!totals) return problems;
    rows.forEach((row, i) => {
      const want = totals.expected.get(i);
      if (!want) return;
      for (const [year, cell] of row.amounts) {
        const expected = want.figures.amounts.get(year);
        if (expected === null || expected === undefined || cell.invalid) continue;
        if (cell.value === expected || (cell.value === null && expected === 0n)) continue;
        const text = amountText(expected, cell.cell.text);
        problems.push({
          range: cell.cell.range,
          message: {
            key: `dev-budget.${want.basis}`,
            args: {
              row: rowName(row, rows),
              year,
              actual: shown(cell.cell),
              expected: baht(expected),
            },
          },
          data: {
            expected: baht(expected),
            ...(cell.value !== null ? { actual: baht(cell.value) } : {}),
            fixes: [
              {
                title: { key: 'dev-budget.fix', args: { expected: text } },
                edits: [cellEdit(plan, cell.cell, text)],
              },
            ],
          },
        });
      }
    });
    return problems;
  },
};
