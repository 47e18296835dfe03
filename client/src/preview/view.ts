// The preview's view: the server's summary model laid out as header text and table rows of plain
// text parts. Pure data, built once here; html.ts serialises it and media/preview.js builds the DOM
// from it with textContent, so both show the same table and neither interprets plan text.
import type {
  PreviewAmounts,
  PreviewCell,
  PreviewTotals,
  SummaryTableModel,
} from '../../../server/src/protocol.js';
import { displayBaht, t, type UiLocale } from './strings.js';
import { header, withLine } from './view-cells.js';
import { buildDevelopmentTable } from './view-development.js';

/** A run of text, in a `<span>` when it has a class. */
export interface ViewPart {
  text: string;
  className?: string;
}

/** A table cell. */
export interface ViewCell {
  tag: 'th' | 'td';
  /** For header cells. */
  scope?: 'col' | 'colgroup' | 'row' | 'rowgroup';
  colSpan?: number;
  rowSpan?: number;
  className?: string;
  /** Tooltip (the written value of a disagreeing cell). */
  title?: string;
  parts: ViewPart[];
}

/** A table row; rows with a `line` reveal that line of the plan when clicked. */
export interface ViewRow {
  className: string;
  line?: number;
  title?: string;
  cells: ViewCell[];
}

/** The table: header rows, one body per dimension (or strategy), and the grand total in the footer. */
export interface ViewTable {
  caption: string;
  head: ViewRow[];
  bodies: ViewRow[][];
  foot: ViewRow[];
}

/** One check's problem count in the health header. */
export interface ViewHealthItem {
  id: string;
  text: string;
  className: string;
}

/** Everything the webview shows. */
export interface PreviewView {
  lang: UiLocale;
  title: string;
  subtitle: string;
  health: { heading: string; summary: string; className: string; items: ViewHealthItem[] };
  /** Messages above the table (not a plan, no written table, a failure). */
  notices: string[];
  table: ViewTable | null;
  hint: string;
}

/** The file name at the end of a document URI, for titles. */
export function fileLabel(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** What else the view says besides the model: it is still being computed, or why it could not be. */
export interface ViewStatus {
  loading?: boolean;
  failure?: string;
}

/** Lays out a model (null: no plan to show, unless loading or failed). */
export function buildView(
  model: SummaryTableModel | null,
  locale: UiLocale,
  status: ViewStatus = {},
): PreviewView {
  const notices: string[] = [];
  if (status.failure !== undefined) {
    notices.push(t(locale, 'failed', { detail: status.failure }));
  }
  if (!model) {
    if (status.loading) notices.push(t(locale, 'loading'));
    else if (status.failure === undefined) notices.push(t(locale, 'notPlan'));
    const empty = { heading: '', summary: '', className: 'health', items: [] };
    return {
      lang: locale,
      title: t(locale, 'panelTitleEmpty'),
      subtitle: '',
      health: empty,
      notices,
      table: null,
      hint: '',
    };
  }
  if (!model.hasWrittenTable)
    notices.push(t(locale, model.development ? 'devNoWrittenTable' : 'noWrittenTable'));
  const h = model.health;
  const problems = h.errors + h.warnings + h.hints;
  return {
    lang: locale,
    title: model.title ?? fileLabel(model.uri),
    subtitle: model.organization ?? '',
    health: {
      heading: t(locale, 'healthHeading'),
      summary:
        problems === 0
          ? t(locale, 'healthOk')
          : t(locale, 'healthSummary', {
              errors: h.errors,
              warnings: h.warnings,
              hints: h.hints,
            }),
      className: `health ${h.errors > 0 ? 'has-errors' : problems > 0 ? 'has-warnings' : 'ok'}`,
      items: h.checks.map((c) => ({
        id: c.id,
        text: [
          c.errors ? t(locale, 'checkErrors', { count: c.errors }) : '',
          c.warnings ? t(locale, 'checkWarnings', { count: c.warnings }) : '',
          c.hints ? t(locale, 'checkHints', { count: c.hints }) : '',
        ]
          .filter(Boolean)
          .join(', '),
        className: c.errors ? 'error' : c.warnings ? 'warning' : 'hint',
      })),
    },
    notices,
    table: model.development
      ? buildDevelopmentTable(model, model.development, locale)
      : buildTable(model, locale),
    hint: t(locale, 'clickHint'),
  };
}

function buildTable(model: SummaryTableModel, locale: UiLocale): ViewTable {
  const span = model.years.length + 2;
  const head: ViewRow = {
    className: 'columns',
    cells: [
      header('col', t(locale, 'colProject'), 'project'),
      ...model.years.map((year) => header('col', t(locale, 'colYear', { year }), 'amount')),
      header('col', t(locale, 'colTotal'), 'amount'),
    ],
  };
  const bodies = model.groups.map((group) => {
    const rows: ViewRow[] = [];
    const d = group.dimension;
    rows.push(
      withLine(locale, d?.line ?? null, {
        className: 'dimension',
        cells: [{ ...header('rowgroup', d ? d.text : t(locale, 'noDimension')), colSpan: span }],
      }),
    );
    let mission: number | null = null;
    for (const row of group.rows) {
      if (row.mission && row.mission.line !== mission) {
        rows.push(
          withLine(locale, row.mission.line, {
            className: 'mission',
            cells: [{ ...header('rowgroup', row.mission.text), colSpan: span }],
          }),
        );
      }
      mission = row.mission?.line ?? null;
      const name = row.number === null ? row.name : `${row.number}. ${row.name}`;
      const missing = !row.inTable && model.hasWrittenTable;
      const label = header('row', name, 'project');
      if (missing) {
        label.parts.push({ text: t(locale, 'notInTable'), className: 'badge' });
        label.title = t(locale, 'notInTableTitle');
      }
      rows.push(
        withLine(locale, row.line, {
          className: missing ? 'project not-in-table' : 'project',
          cells: [label, ...amountCells(row, locale)],
        }),
      );
    }
    rows.push(totalsRow(group.subtotal, 'subtotal', locale));
    return rows;
  });
  return {
    caption: t(locale, 'caption'),
    head: [head],
    bodies,
    foot: [totalsRow(model.grandTotal, 'grand-total', locale)],
  };
}

function totalsRow(totals: PreviewTotals, kind: 'subtotal' | 'grand-total', locale: UiLocale) {
  const key = kind === 'subtotal' ? 'subtotal' : 'grandTotal';
  const label = header('row', t(locale, key, { count: totals.count }), 'project');
  if (totals.writtenCount !== undefined) {
    const count = totals.writtenCount === null ? t(locale, 'blank') : String(totals.writtenCount);
    label.className = 'project disagree';
    label.title = t(locale, 'writtenCountTitle', { count, computed: totals.count });
    label.parts.push({ text: t(locale, 'writtenCount', { count }), className: 'written' });
  }
  return withLine(locale, totals.line, {
    className: kind,
    cells: [label, ...amountCells(totals, locale)],
  });
}

function amountCells(amounts: PreviewAmounts, locale: UiLocale): ViewCell[] {
  return [
    ...amounts.years.map((c) => amountCell(c, 'amount', locale)),
    amountCell(amounts.total, 'amount total', locale),
  ];
}

function amountCell(c: PreviewCell, className: string, locale: UiLocale): ViewCell {
  const cell: ViewCell = { tag: 'td', className, parts: [] };
  if (c.amount === null) {
    cell.className += ' unknown';
    cell.title = t(locale, 'notStatedTitle');
    cell.parts.push({ text: t(locale, 'notStated'), className: 'note' });
  } else {
    cell.parts.push({ text: displayBaht(c.amount), className: 'computed' });
  }
  if (c.written) {
    const value =
      c.written.amount !== null
        ? displayBaht(c.written.amount)
        : c.written.text === ''
          ? t(locale, 'blank')
          : c.written.text;
    const computed = c.amount === null ? t(locale, 'notStated') : displayBaht(c.amount);
    cell.className += ' disagree';
    cell.title = t(locale, 'writtenTitle', { value, computed });
    cell.parts.push({ text: t(locale, 'written', { value }), className: 'written' });
  }
  return cell;
}

/** Every line a view's rows may ask to reveal: the only lines the panel accepts from the webview. */
export function revealableLines(view: PreviewView): Set<number> {
  const rows = view.table ? [...view.table.bodies.flat(), ...view.table.foot] : [];
  return new Set(rows.flatMap((r) => (r.line === undefined ? [] : [r.line])));
}
