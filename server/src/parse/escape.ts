// Markdown escapes in the two places plan text is written back: table cells and heading names.

/** Text as Markdown that reads back as the text: backslash, emphasis, code, link and HTML marks escaped. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>&|]/g, '\\$&');
}

/** Text as one table cell: on one line, escaped so the cell reads back as `text` (`|` included). */
export function escapeCell(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' '));
}

/**
 * A heading's name as a reader sees it: backslash escapes resolved (`\|` → `|`), emphasis marks
 * (`*`, `_` not escaped) dropped, spaces collapsed.
 */
export function plainName(raw: string): string {
  return raw
    .replace(/\\([!-/:-@[-`{-~])|[*_]+/g, (_, escaped?: string) => escaped ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
