// A development plan's ผ.01 summary as a standalone, printable HTML page (A4 landscape): the form's
// two-row header (a year over its project count and budget, then รวม 5 ปี), bold strategy and total
// rows, `-` for none and `?` for a figure that rests on a blank or unreadable ผ.02 cell.
import type { DevelopmentForms } from '../model/development-projects.js';
import type { SummaryLine } from '../model/development-summary.js';
import type { Summary } from '../model/summary.js';
import {
  amountText,
  countText,
  DEV_LABELS,
  groupLabels,
  lineFigures,
} from './development-layout.js';
import { escapeHtml, htmlPage, THAI_FONT_STACK } from './html-base.js';

const STYLE = `
  body { font-family: ${THAI_FONT_STACK}; font-size: 14pt; margin: 16px; color: #000; background: #fff; }
  h1 { font-size: 18pt; text-align: center; margin: 0 0 4px; }
  .form, .organization { text-align: center; margin: 0 0 4px; }
  .organization { margin-bottom: 12px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #444; padding: 2px 6px; vertical-align: top; }
  thead th { background: #d9e1f2; text-align: center; vertical-align: middle; }
  tbody th { text-align: left; }
  td.count, td.amount { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  tr.strategy, tr.subtotal, tr.grand-total { font-weight: bold; }
  tr.grand-total { background: #f2f2f2; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print {
    body { margin: 0; font-size: 12pt; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
  }
`;

/** Renders the ผ.01 page (UTF-8, no scripts, no external resources). */
export function renderDevelopmentHtml(summary: Summary, forms: DevelopmentForms): string {
  const title = summary.title ?? DEV_LABELS.defaultTitle;
  const groups = groupLabels(forms.years);
  const top = [
    `<th scope="col" rowspan="2">${escapeHtml(DEV_LABELS.strategy)}</th>`,
    ...groups.map((g) => `<th scope="colgroup" colspan="2">${escapeHtml(g)}</th>`),
  ];
  const second = groups.flatMap(() => [
    `<th scope="col">${escapeHtml(DEV_LABELS.count)}</th>`,
    `<th scope="col">${escapeHtml(DEV_LABELS.budget)}</th>`,
  ]);
  const width = 1 + 2 * groups.length;
  return htmlPage(
    title,
    STYLE,
    `<p class="form">${escapeHtml(DEV_LABELS.summaryForm)}</p>
<h1>${escapeHtml(title)}</h1>
<p class="organization">${escapeHtml(summary.organization ?? '')}</p>
<table>
<thead>
<tr>${top.join('')}</tr>
<tr>${second.join('')}</tr>
</thead>
<tbody>
${forms.lines.map((l) => bodyRow(l, forms.years, width)).join('\n')}
</tbody>
</table>`,
  );
}

/** One summary line: a strategy's label across the table, or a label and its figures. */
function bodyRow(line: SummaryLine, years: readonly number[], width: number): string {
  const label = escapeHtml(line.label);
  const f = lineFigures(line, years);
  if (!f)
    return `<tr class="${line.kind}"><th scope="rowgroup" colspan="${width}">${label}</th></tr>`;
  const head = line.kind === 'programme' ? `<td>${label}</td>` : `<th scope="row">${label}</th>`;
  const cells = f.counts.flatMap((count, g) => [
    `<td class="count">${countText(count)}</td>`,
    `<td class="amount">${amountText(f.amounts[g] ?? null)}</td>`,
  ]);
  return `<tr class="${line.kind}">${head}${cells.join('')}</tr>`;
}
