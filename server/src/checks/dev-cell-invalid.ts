// dev-cell-invalid: an amount or count cell of ผ.01 or ผ.02 that cannot be read exactly (2O0,000,
// 1e5, 20,000-30,000, 5 หรือ 6). It is reported, never guessed; the totals that rest on it are not checked.
import type { Check, Problem } from './types.js';

/** Reports each unreadable amount or count cell. */
export const check: Check = {
  meta: {
    id: 'dev-cell-invalid',
    description: {
      en: 'A budget or project-count cell in ผ.01 or ผ.02 cannot be read as a number.',
      th: 'ช่องงบประมาณหรือจำนวนโครงการใน ผ.01 หรือ ผ.02 อ่านเป็นตัวเลขไม่ได้',
    },
    defaultLevel: 'error',
    fixable: false,
    tags: ['budget', 'development'],
    profiles: ['development'],
  },
  run({ plan }) {
    const dev = plan.development;
    const problems: Problem[] = [];
    if (!dev) return problems;
    const amount = (cell: { text: string; range: Problem['range'] }, year: number | string): void =>
      void problems.push({
        range: cell.range,
        message: { key: 'dev-cell-invalid.amount', args: { actual: cell.text, year } },
      });
    for (const row of dev.summary?.rows ?? []) {
      if (row.kind === 'header') continue;
      for (const c of row.counts.values())
        if (c.invalid)
          problems.push({
            range: c.cell.range,
            message: { key: 'dev-cell-invalid.count', args: { actual: c.cell.text } },
          });
      for (const [year, a] of row.amounts) if (a.invalid) amount(a.cell, year);
      if (row.totalCount?.invalid)
        problems.push({
          range: row.totalCount.cell.range,
          message: { key: 'dev-cell-invalid.count', args: { actual: row.totalCount.cell.text } },
        });
      if (row.totalAmount?.invalid) amount(row.totalAmount.cell, 'รวม');
    }
    for (const p of dev.projects)
      for (const [year, a] of p.amounts) if (a.invalid) amount(a.cell, year);
    return problems;
  },
};
