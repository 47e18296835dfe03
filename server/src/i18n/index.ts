// One catalogue of every message (checks and UI), and the one function that formats a message for a locale.
import { checkMessages } from './messages.js';
import { uiMessages } from './ui.js';
import { developmentMessages } from './messages-development.js';

/** The languages messages exist in. */
export type Locale = 'en' | 'th';

/** Every message, keyed by `<area>.<name>`. */
export const catalogue = { ...checkMessages, ...developmentMessages, ...uiMessages };

/** A key of the catalogue. */
export type CatalogueKey = keyof typeof catalogue;

/** Picks `th` for any Thai locale tag (`th`, `th-TH`), English otherwise. */
export function toLocale(tag: string | undefined): Locale {
  return tag && /^th(?:[-_.@]|$)/i.test(tag) ? 'th' : 'en';
}

/** Formats a message: looks up the key and fills `{name}` placeholders; unknown names stay visible. */
export function formatMessage(
  key: CatalogueKey,
  args: Record<string, string | number> | undefined,
  locale: Locale,
): string {
  const template: string = catalogue[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    args && name in args ? String(args[name]) : whole,
  );
}
