// dev-count: each ผ.01 project count per year equals the number of ผ.02 projects with a budget that
// year (per แผนงาน), and the sums of those (per ยุทธศาสตร์ and overall).
import type { Check, Problem } from './types.js';
import { cellEdit, countText, rowName, shown } from './development-util.js';

/** Reports every ผ.01 count cell that differs from what ผ.02 gives. */
export const check: Check = {
  meta: {
    id: 'dev-count',
    description: {
      en: 'A ผ.01 project count for a year differs from the ผ.02 projects with a budget that year (per แผนงาน, strategy and overall).',
      th: 'จำนวนโครงการรายปีใน ผ.01 ไม่ตรงกับจำนวนโครงการใน ผ.02 ที่ใช้งบประมาณปีนั้น (รายแผนงาน ยุทธศาสตร์ และรวมทั้งสิ้น)',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['budget', 'table', 'development'],
    profiles: ['development'],
  },
  run({ plan, index }) {
    const dev = plan.development;
    const totals = index.development;
    const rows = dev?.summary?.rows ?? [];
    const problems: Problem[] = [];
    if (!dev || !totals) return problems;
    rows.forEach((row, i) => {
      const want = totals.expected.get(i);
      if (!want) return;
      for (const [year, cell] of row.counts) {
        const expected = want.figures.counts.get(year);
        if (expected === null || expected === undefined || cell.invalid) continue;
        if ((cell.value ?? 0) === expected && (cell.value !== null || expected === 0)) continue;
        const text = countText(expected);
        problems.push({
          range: cell.cell.range,
          message: {
            key: `dev-count.${want.basis}`,
            args: { row: rowName(row, rows), year, actual: shown(cell.cell), expected },
          },
          data: {
            expected,
            ...(cell.value !== null ? { actual: cell.value } : {}),
            fixes: [
              {
                title: { key: 'dev-count.fix', args: { expected: text } },
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
