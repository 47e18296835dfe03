// The workbook's problems sheet: one row per open problem of the plan (line, level, check, message).
import type ExcelJS from 'exceljs';
import { formatMessage, type Locale } from '../i18n/index.js';
import type { ExportProblem } from './context.js';
import { commitSheet, THAI_FONT } from './xlsx-cells.js';

/** Adds the problems sheet, saying there are none when the list is empty. */
export function addProblemsSheet(
  workbook: ExcelJS.Workbook,
  problems: ExportProblem[],
  locale: Locale,
): void {
  const t = (key: Parameters<typeof formatMessage>[0]): string => formatMessage(key, {}, locale);
  const sheet = workbook.addWorksheet(t('export.sheet.problems'), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = [
    { header: t('export.problems.line'), width: 10 },
    { header: t('export.problems.level'), width: 16 },
    { header: t('export.problems.check'), width: 26 },
    { header: t('export.problems.message'), width: 110 },
  ];
  const levels = {
    error: t('export.level.error'),
    warning: t('export.level.warning'),
    hint: t('export.level.hint'),
  };
  if (problems.length > 0) sheet.autoFilter = { from: 'A1', to: 'D1' };
  // Each row is styled as it is added and then committed (written out, when the workbook streams).
  const styled = (row: ExcelJS.Row, bold: boolean): void => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...THAI_FONT, bold };
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    row.commit();
  };
  styled(sheet.getRow(1), true);
  for (const p of problems)
    styled(sheet.addRow([p.line, levels[p.level], p.checkId, p.message]), false);
  if (problems.length === 0) styled(sheet.addRow(['', '', '', t('export.problems.none')]), false);
  commitSheet(sheet);
}
