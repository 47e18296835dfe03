// Summary → a standalone, printable HTML page (A4 landscape) in the NACC layout; every plan text escaped.
import { formatBaht } from '../parse/thai.js';
import type { Summary } from '../model/summary.js';
import { renderDevelopmentHtml } from './development-html.js';
import { escapeHtml, htmlPage, THAI_FONT_STACK } from './html-base.js';
import { LABELS, tableLayout, type LayoutRow } from './layout.js';

export { escapeHtml, THAI_FONT_STACK } from './html-base.js';

const STYLE = `
  body { font-family: ${THAI_FONT_STACK}; font-size: 14pt; margin: 16px; color: #000; background: #fff; }
  h1 { font-size: 18pt; text-align: center; margin: 0 0 4px; }
  .organization { text-align: center; margin: 0 0 12px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #444; padding: 2px 6px; vertical-align: top; }
  thead th { background: #d9e1f2; text-align: center; vertical-align: middle; }
  td.amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  tr.subtotal, tr.grand-total { font-weight: bold; }
  tr.grand-total { background: #f2f2f2; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print {
    body { margin: 0; font-size: 12pt; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
  }
`;

/**
 * Renders the summary as a complete HTML document (UTF-8, no scripts, no external resources); a
 * development plan's is its ผ.01 table.
 */
export function renderHtml(summary: Summary): string {
  if (summary.development) return renderDevelopmentHtml(summary, summary.development);
  const { rows } = tableLayout(summary);
  const title = summary.title ?? LABELS.defaultTitle;
  const header = [
    LABELS.dimension,
    LABELS.mission,
    LABELS.project,
    ...summary.years.map(LABELS.year),
    LABELS.total,
    LABELS.note,
  ];
  const organization = [summary.organization, LABELS.unit].filter(Boolean).join(' ');
  return htmlPage(
    title,
    STYLE,
    `<h1>${escapeHtml(title)}</h1>
<p class="organization">${escapeHtml(organization)}</p>
<table>
<thead>
<tr>${header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>
</thead>
<tbody>
${bodyRows(rows).join('\n')}
</tbody>
</table>`,
  );
}

/** The body rows; a dimension or mission cell spans the rows of its group, which then omit that cell. */
function bodyRows(rows: LayoutRow[]): string[] {
  let dimensionLeft = 0;
  let missionLeft = 0;
  return rows.map((row) => {
    const cells: string[] = [];
    if (row.kind === 'subtotal' || row.kind === 'grand-total') {
      cells.push(`<th scope="row" colspan="2">${escapeHtml(row.dimension)}</th>`);
    } else {
      [dimensionLeft, missionLeft] = [
        groupCell(cells, row.dimension, row.dimensionSpan, dimensionLeft),
        groupCell(cells, row.mission, row.missionSpan, missionLeft),
      ];
    }
    cells.push(`<td>${escapeHtml(row.project)}</td>`);
    for (const amount of [...row.amounts, row.total])
      cells.push(`<td class="amount">${amount === null ? '' : formatBaht(amount)}</td>`);
    cells.push(`<td>${escapeHtml(row.note)}</td>`);
    return `<tr class="${row.kind}">${cells.join('')}</tr>`;
  });
}

/** Adds a group cell (or nothing, under an earlier cell's rowspan); returns the rows still covered after this one. */
function groupCell(cells: string[], text: string, span: number, left: number): number {
  if (span > 0) {
    cells.push(`<td${span > 1 ? ` rowspan="${span}"` : ''}>${escapeHtml(text)}</td>`);
    return span - 1;
  }
  if (left > 0) return left - 1;
  cells.push('<td></td>');
  return 0;
}
