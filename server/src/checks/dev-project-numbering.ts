// dev-project-numbering: the projects of each แผนงาน are numbered 1, 2, 3 … in the ที่ column of ผ.02,
// across the แผนงาน's tables, as the ผ.02 form numbers them.
import type { Check, Edit, Problem } from './types.js';
import { digitsLike } from './util.js';
import { programmeName } from './development-util.js';

/** Reports the first project of each run whose number is not its position, with a renumbering fix. */
export const check: Check = {
  meta: {
    id: 'dev-project-numbering',
    description: {
      en: 'The projects of each แผนงาน in ผ.02 are numbered 1, 2, 3 … without gaps or repeats.',
      th: 'โครงการในแต่ละแผนงานของ ผ.02 ต้องเรียงเลข 1, 2, 3 … ไม่ข้ามและไม่ซ้ำ',
    },
    defaultLevel: 'warning',
    fixable: true,
    tags: ['numbering', 'development'],
    profiles: ['development'],
  },
  run({ plan }) {
    const problems: Problem[] = [];
    for (const programme of plan.development?.programmes ?? []) {
      const rows = programme.projects;
      rows.forEach((row, i) => {
        const expected = i + 1;
        if (row.number === expected) return;
        const previous = rows[i - 1];
        // A run that follows on from the previous number is one mistake, reported at its start.
        if (
          row.number !== null &&
          previous?.number != null &&
          row.number === previous.number + 1 &&
          previous.number !== i
        )
          return;
        const cell =
          row.table.columns.number !== undefined ? row.cells[row.table.columns.number] : undefined;
        const range = cell?.range ?? row.range;
        const edits: Edit[] = [];
        for (let k = i; k < rows.length; k++) {
          const r = rows[k];
          const c =
            r && r.table.columns.number !== undefined ? r.cells[r.table.columns.number] : undefined;
          if (!r || !c || r.number === k + 1) continue;
          edits.push({
            range: c.range,
            newText: digitsLike(k + 1, c.text) + (/[.)]$/.exec(c.text)?.[0] ?? ''),
          });
        }
        const name = programmeName(programme);
        problems.push({
          range,
          message:
            row.number === null
              ? { key: 'dev-project-numbering.missing', args: { programme: name, expected } }
              : {
                  key: 'dev-project-numbering.wrong',
                  args: { programme: name, expected, actual: row.number },
                },
          data: {
            expected,
            ...(row.number !== null ? { actual: row.number } : {}),
            fixes: [{ title: { key: 'dev-project-numbering.fix', args: { expected } }, edits }],
          },
        });
      });
    }
    return problems;
  },
};
