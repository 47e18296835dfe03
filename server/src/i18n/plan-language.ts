// Which language to speak about a plan: Thai when the plan is Thai, English only when asked.
import type { Plan } from '../model/types.js';
import type { Locale } from './index.js';

/** The user's choice: a language, or `auto` for the plan's own. */
export type LanguageChoice = 'auto' | Locale;

const THAI = /[\u0E00-\u0E7F]/u;
const THAI_ALL = /[\u0E00-\u0E7F]/gu;
const LETTERS = /\p{L}/gu;

/**
 * The plan's own language: its front matter's `lang:`, else Thai when its title, organisation or
 * headings are mostly Thai, else undefined (no way to tell).
 */
export function planLanguage(plan: Plan): Locale | undefined {
  const fm = plan.frontMatter;
  if (fm.lang) return fm.lang;
  if (THAI.test(fm.title ?? '') || THAI.test(fm.organization ?? '')) return 'th';
  const sample = plan.headings
    .slice(0, 40)
    .map((h) => h.text)
    .join(' ');
  const letters = sample.match(LETTERS)?.length ?? 0;
  const thai = sample.match(THAI_ALL)?.length ?? 0;
  if (letters === 0) return undefined;
  return thai * 2 >= letters ? 'th' : 'en';
}

/** The language to use for a plan: the choice when given, else the plan's, else `fallback`. */
export function localeFor(
  choice: LanguageChoice | undefined,
  plan: Plan,
  fallback: Locale,
): Locale {
  if (choice === 'th' || choice === 'en') return choice;
  return planLanguage(plan) ?? fallback;
}

/** Reads a language choice written by a user (`th`, `en`, `th-TH`, `auto`); undefined when it is none. */
export function readLanguageChoice(value: unknown): LanguageChoice | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'auto') return 'auto';
  const code = /^(th|en)(?:[-_.@].*)?$/.exec(v)?.[1];
  return code === 'th' || code === 'en' ? code : undefined;
}
