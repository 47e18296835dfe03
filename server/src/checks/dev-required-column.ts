// dev-required-column: every ผ.02 table has the columns the profile requires and a budget column per
// plan year, and every project row fills them in (a budget cell may say `-`, never be blank).
import type { Check, Problem } from './types.js';
import { profileById } from '../profiles/index.js';
import { short } from './util.js';

/** Reports missing columns on the header and empty required cells on their row. */
export const check: Check = {
  meta: {
    id: 'dev-required-column',
    description: {
      en: 'A ผ.02 table lacks a required column (objective, target, budget per year, KPI, expected result, responsible unit …), or a project leaves one empty.',
      th: 'ตาราง ผ.02 ขาดคอลัมน์ที่ต้องมี (วัตถุประสงค์ เป้าหมาย งบประมาณรายปี ตัวชี้วัด ผลที่คาดว่าจะได้รับ หน่วยงานรับผิดชอบ …) หรือโครงการเว้นช่องไว้',
    },
    defaultLevel: 'error',
    fixable: false,
    tags: ['structure', 'development'],
    profiles: ['development'],
  },
  run({ plan }) {
    const dev = plan.development;
    const problems: Problem[] = [];
    if (!dev) return problems;
    const profile = profileById('development');
    const tables = new Set(dev.projects.map((p) => p.table));
    for (const programme of dev.programmes) for (const t of programme.tables) tables.add(t);
    for (const table of tables) {
      for (const key of table.missing) {
        const spec = profile.columns.find((c) => c.key === key);
        if (!spec) continue;
        problems.push({
          range: table.headerRange,
          message: { key: 'dev-required-column.header', args: { column: spec.name.th } },
        });
      }
      for (const year of dev.years) {
        if (table.years.some((y) => y.year === year)) continue;
        problems.push({
          range: table.headerRange,
          message: { key: 'dev-required-column.year', args: { year } },
        });
      }
    }
    // The ผ.01 needs both figures for every plan year.
    const summary = dev.summary;
    const first = summary?.rows.find((r) => r.kind !== 'header');
    if (summary && first) {
      for (const year of dev.years) {
        if (!first.counts.has(year))
          problems.push({
            range: summary.headerRange,
            message: {
              key: 'dev-required-column.summary-year',
              args: { what: 'จำนวนโครงการ', year },
            },
          });
        if (!first.amounts.has(year))
          problems.push({
            range: summary.headerRange,
            message: { key: 'dev-required-column.summary-year', args: { what: 'งบประมาณ', year } },
          });
      }
    }
    for (const project of dev.projects) {
      const name = short(project.name || `#${project.number ?? '?'}`);
      for (const spec of profile.columns) {
        const index = project.table.columns[spec.key];
        const cell = index !== undefined ? project.cells[index] : undefined;
        if (!cell || cell.text.trim() !== '') continue;
        problems.push({
          range: cell.absent ? project.range : cell.range,
          message: {
            key: 'dev-required-column.cell',
            args: { project: name, column: spec.name.th },
          },
        });
      }
      for (const [year, amount] of project.amounts) {
        if (amount.value !== null || amount.invalid) continue;
        problems.push({
          range: amount.cell.absent ? project.range : amount.cell.range,
          message: { key: 'dev-required-column.budget', args: { project: name, year } },
        });
      }
    }
    return problems;
  },
};
