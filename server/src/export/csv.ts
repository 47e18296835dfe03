// Summary → CSV in UTF-8 with a BOM (so Excel shows Thai), amounts as plain decimal baht that Excel reads as numbers;
// a development plan's ผ.01 rows instead (development-csv.ts).
import { stringify } from 'csv-stringify/sync';
import type { Summary } from '../model/summary.js';
import { developmentCsvRecords } from './development-csv.js';
import { decimalBaht, tableLayout, textCells } from './layout.js';

/** Renders the summary as CSV text starting with a BOM; CRLF line ends, as Excel writes them. */
export function renderCsv(summary: Summary): string {
  const options = { bom: true, record_delimiter: 'windows' } as const;
  if (summary.development) return stringify(developmentCsvRecords(summary.development), options);
  const layout = tableLayout(summary);
  const records = layout.rows.map((row) => [
    ...textCells(layout, row),
    ...row.amounts.map((v) => (v === null ? '' : decimalBaht(v))),
    row.total === null ? '' : decimalBaht(row.total),
  ]);
  return stringify([layout.header, ...records], options);
}
