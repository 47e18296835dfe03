// The preview's table for a development plan: ผ.01 worked out from ผ.02 in the form's layout (a year
// over its project count and budget, then all years), one body per strategy, the grand total in the
// footer; `-` for none, `?` for a figure that rests on a blank or unreadable ผ.02 cell, and the
// written ผ.01 value beside a figure it disagrees with.
import type {
  PreviewCell,
  PreviewCountCell,
  PreviewDevelopment,
  PreviewDevFigure,
  PreviewDevLine,
  SummaryTableModel,
} from '../../../server/src/protocol.js';
import { displayBaht, t, type UiLocale } from './strings.js';
import { header, withLine } from './view-cells.js';
import type { ViewCell, ViewRow, ViewTable } from './view.js';

/** Lays out a development plan's ผ.01 lines. */
export function buildDevelopmentTable(
  model: SummaryTableModel,
  dev: PreviewDevelopment,
  locale: UiLocale,
): ViewTable {
  const groups = [
    ...model.years.map((year) => t(locale, 'colYear', { year })),
    t(locale, 'colAllYears', { count: model.years.length }),
  ];
  const width = 1 + 2 * groups.length;
  const head: ViewRow[] = [
    {
      className: 'columns',
      cells: [
        { ...header('col', t(locale, 'colStrategy'), 'project label'), rowSpan: 2 },
        ...groups.map((g) => ({ ...header('colgroup', g), colSpan: 2 })),
      ],
    },
    {
      className: 'columns',
      cells: groups.flatMap(() => [
        header('col', t(locale, 'colCount'), 'amount'),
        header('col', t(locale, 'colBudget'), 'amount'),
      ]),
    },
  ];
  const bodies: ViewRow[][] = [];
  const foot: ViewRow[] = [];
  for (const line of dev.lines) {
    if (line.kind === 'grand-total') {
      foot.push(lineRow(line, model, width, locale));
      continue;
    }
    if (line.kind === 'strategy' || bodies.length === 0) bodies.push([]);
    bodies.at(-1)?.push(lineRow(line, model, width, locale));
  }
  return { caption: t(locale, 'devCaption'), head, bodies, foot };
}

function lineRow(
  line: PreviewDevLine,
  model: SummaryTableModel,
  width: number,
  locale: UiLocale,
): ViewRow {
  if (line.kind === 'strategy') {
    return withLine(locale, line.line, {
      className: 'dimension strategy',
      cells: [{ ...header('rowgroup', line.label), colSpan: width }],
    });
  }
  const label = header('row', line.label, 'project label');
  const missing = !line.inTable && model.hasWrittenTable;
  if (missing) {
    label.parts.push({ text: t(locale, 'devNotInTable'), className: 'badge' });
    label.title = t(locale, 'devNotInTableTitle');
  }
  const figures = [...(line.years ?? []), ...(line.total ? [line.total] : [])];
  const last = figures.length - 1;
  return withLine(locale, line.line, {
    className: line.kind === 'programme' ? `project${missing ? ' not-in-table' : ''}` : line.kind,
    cells: [label, ...figures.flatMap((f, i) => figureCells(f, i === last, locale))],
  });
}

/** A column group's two cells: the count and the amount. */
function figureCells(f: PreviewDevFigure, total: boolean, locale: UiLocale): ViewCell[] {
  const extra = total ? ' total' : '';
  return [countCell(f.count, extra, locale), amountCell(f.amount, extra, locale)];
}

const countText = (n: number | null): string => (n === null ? '?' : n === 0 ? '-' : String(n));
const bahtText = (b: string | null): string =>
  b === null ? '?' : /^-?0+(?:\.0+)?$/.test(b) ? '-' : displayBaht(b);

function countCell(c: PreviewCountCell, extra: string, locale: UiLocale): ViewCell {
  const written = c.written;
  return figureCell(
    `amount count${extra}`,
    countText(c.count),
    written &&
      (written.count !== null
        ? countText(written.count)
        : written.text === ''
          ? t(locale, 'blank')
          : written.text),
    locale,
  );
}

function amountCell(c: PreviewCell, extra: string, locale: UiLocale): ViewCell {
  const written = c.written;
  return figureCell(
    `amount${extra}`,
    bahtText(c.amount),
    written &&
      (written.amount !== null
        ? bahtText(written.amount)
        : written.text === ''
          ? t(locale, 'blank')
          : written.text),
    locale,
  );
}

/** A figure cell: the computed text, and the written value beside it when given. */
function figureCell(
  className: string,
  computed: string,
  written: string | undefined,
  locale: UiLocale,
): ViewCell {
  const cell: ViewCell = { tag: 'td', className, parts: [] };
  if (computed === '?') {
    cell.className += ' unknown';
    cell.title = t(locale, 'devUnknownTitle');
    cell.parts.push({ text: computed, className: 'note' });
  } else {
    cell.parts.push({ text: computed, className: 'computed' });
  }
  if (written !== undefined) {
    cell.className += ' disagree';
    cell.title = t(locale, 'devWrittenTitle', { value: written, computed });
    cell.parts.push({ text: t(locale, 'written', { value: written }), className: 'written' });
  }
  return cell;
}
