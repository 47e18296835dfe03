// Summary → GFM Markdown table in the NACC layout, amounts formatted like the plan's own tables
// (`10,000`); a development plan's is its ผ.01 table (templates/development-summary.ts).
import { formatBaht } from '../parse/thai.js';
import type { Summary } from '../model/summary.js';
import { tableLayout, textCells } from './layout.js';
import { renderColumns, type TableStyle } from './markdown-columns.js';
import { escapeCell } from '../parse/escape.js';
import { summaryTableLines } from '../templates/development-summary.js';

export type { ColumnKind, ColumnStyle, TableStyle } from './markdown-columns.js';

/**
 * Renders the summary as a GFM table (with a trailing newline) that the plan parser reads back as a
 * summary table; with a `style`, in that column layout (a plan's own columns, headers and notes).
 * A development plan's is its ผ.01 table in the form's layout, which the parser reads back as ผ.01.
 */
export function renderMarkdown(summary: Summary, style?: TableStyle): string {
  if (summary.development) return summaryTableLines(summary.development).join('\n') + '\n';
  if (style) return renderColumns(summary, style);
  const layout = tableLayout(summary);
  const textColumns = layout.hasMissions ? 3 : 2;
  const lines = [
    line(layout.header),
    line(layout.header.map((_, i) => (i < textColumns ? '---' : '---:'))),
  ];
  for (const row of layout.rows) {
    const amounts = row.amounts.map((v) => (v === null ? '' : formatBaht(v)));
    const total = row.total === null ? '' : formatBaht(row.total);
    lines.push(line([...textCells(layout, row).map(escapeCell), ...amounts, total]));
  }
  return lines.join('\n') + '\n';
}

function line(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}
