// A development plan's ผ.01 summary as CSV rows: one header row with combined labels (`ปี 2566
// จำนวนโครงการ`, `ปี 2566 งบประมาณ (บาท)`, …, `รวม 5 ปี …`), then one row per summary line; counts as
// integers, amounts as plain decimal baht, an unknown figure blank, a strategy line's figures blank.
import type { DevelopmentForms } from '../model/development-projects.js';
import { DEV_LABELS, groupLabels, lineFigures } from './development-layout.js';
import { decimalBaht } from './layout.js';

/** The header and the rows of the ผ.01 CSV. */
export function developmentCsvRecords(forms: DevelopmentForms): string[][] {
  const groups = groupLabels(forms.years);
  const header = [
    DEV_LABELS.strategy,
    ...groups.flatMap((g) => [`${g} ${DEV_LABELS.count}`, `${g} ${DEV_LABELS.budget}`]),
  ];
  const rows = forms.lines.map((line) => {
    const f = lineFigures(line, forms.years);
    const cells = groups.flatMap((_, g) => {
      const count = f?.counts[g] ?? null;
      const amount = f?.amounts[g] ?? null;
      return [count === null ? '' : String(count), amount === null ? '' : decimalBaht(amount)];
    });
    return [line.label, ...cells];
  });
  return [header, ...rows];
}
