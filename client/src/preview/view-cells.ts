// Small builders of the preview's view cells and rows, shared by the NACC and the ผ.01 tables.
import { t, type UiLocale } from './strings.js';
import type { ViewCell, ViewRow } from './view.js';

/** A header cell of one text part. */
export function header(
  scope: NonNullable<ViewCell['scope']>,
  text: string,
  className?: string,
): ViewCell {
  return { tag: 'th', scope, ...(className ? { className } : {}), parts: [{ text }] };
}

/** Makes a row clickable when it has a line to reveal. */
export function withLine(locale: UiLocale, line: number | null, row: ViewRow): ViewRow {
  return line === null ? row : { ...row, line, title: t(locale, 'rowTitle', { line: line + 1 }) };
}
