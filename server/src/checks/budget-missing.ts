// budget-missing: a project row of the summary table has a blank year cell (blank is missing, not zero).
import type { Check, Problem } from './types.js';
import { baht, firstTextLine, numberOf } from './util.js';
import { formatBaht } from '../parse/thai.js';

/** Reports each blank year cell of a project row; fills it from the project's budget when known. */
export const check: Check = {
  meta: {
    id: 'budget-missing',
    description: {
      en: 'A project row of the summary table has no amount for a year (write 0 or - for none).',
      th: 'แถวโครงการในตารางสรุปไม่ได้ใส่งบประมาณของปีใดปีหนึ่ง (ถ้าไม่ใช้งบให้ใส่ 0 หรือ -)',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['budget', 'table'],
    scope: 'row',
  },
  run({ plan, index, rows }) {
    const problems: Problem[] = [];
    for (const m of rows ?? index.rowMatches) {
      for (const [year, cell] of m.row.years) {
        if (cell.value !== null || cell.invalid) continue;
        const p = m.project;
        const known = p ? projectAmount(p.budget, year) : undefined;
        const like = neighbour(m.row.years);
        problems.push({
          range: cell.cell.range,
          message:
            p && known !== undefined
              ? {
                  key: 'budget-missing.blank-known',
                  args: {
                    row: m.row.number ?? '?',
                    year,
                    project: numberOf(p),
                    amount: baht(known),
                  },
                }
              : { key: 'budget-missing.blank', args: { row: m.row.number ?? '?', year } },
          ...(p?.budget.range
            ? {
                related: [
                  {
                    range: firstTextLine(plan, p.budget.range),
                    message: {
                      key: 'budget-missing.related-budget',
                      args: { project: numberOf(p) },
                    },
                  },
                ],
              }
            : {}),
          // A cell the row lacks has no place to write into (every lacking cell is at the line's end).
          data:
            known !== undefined && !cell.cell.absent
              ? {
                  expected: baht(known),
                  fixes: [
                    {
                      title: { key: 'budget-missing.fix', args: { amount: baht(known) } },
                      edits: [{ range: cell.cell.range, newText: formatBaht(known, like) }],
                    },
                  ],
                }
              : {},
        });
      }
    }
    return problems;
  },
};

/** A project's amount for a year, when its budget section states one. */
export function projectAmount(
  budget: { kind: string; amounts: Map<number, bigint> },
  year: number,
): bigint | undefined {
  if (budget.kind === 'none') return 0n;
  if (budget.kind === 'unreadable' || budget.kind === 'absent') return undefined;
  return budget.amounts.get(year);
}

/** The text of a filled amount cell in the same row, so a fill is written the same way. */
function neighbour(years: Map<number, { cell: { text: string }; value: bigint | null }>): string {
  for (const c of years.values()) if (c.value !== null) return c.cell.text;
  return '';
}
