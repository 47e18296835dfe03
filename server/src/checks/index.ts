// The check registry: a plain array of checks; derived metadata (docs URL) is stamped here once.
import type { Check, CheckMeta } from './types.js';

/** Where each check's documentation page lives. */
export const DOCS_BASE = 'https://github.com/plancheck/plancheck/blob/main/docs/checks/';

/** A check with its derived metadata. */
export interface RegisteredCheck extends Check {
  meta: CheckMeta & { docsUrl: string };
}

const all: Check[] = [];

/** Every check, in reporting order. */
export const checks: RegisteredCheck[] = all.map((c) => ({
  ...c,
  meta: { ...c.meta, docsUrl: `${DOCS_BASE}${c.meta.id}.md` },
}));
