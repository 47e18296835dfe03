// Labels of ยุทธศาสตร์ and แผนงาน as a development plan writes them, in headings and in the ผ.01 label
// column: `ยุทธศาสตร์ที่ 1 …`, `1. ยุทธศาสตร์…`, `1) ยุทธศาสตร์…`; `1.1 แผนงาน…`, `- แผนงาน…`. The words
// come from the profile.
import type { Profile } from '../../profiles/types.js';
import { normalizeThai, thaiDigitsToArabic } from '../thai.js';

/** A ยุทธศาสตร์ label read. */
export interface StrategyLabel {
  number: number | null;
  title: string;
}

/** A แผนงาน label read. */
export interface ProgrammeLabel {
  strategyNumber: number | null;
  number: number | null;
  title: string;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Patterns {
  strategy: RegExp;
  numberedStrategy: RegExp;
  programme: RegExp;
  namedProgramme: RegExp;
}

const cache = new WeakMap<Profile, Patterns>();

/** The label patterns of a profile, built once. */
function patterns(profile: Profile): Patterns {
  let p = cache.get(profile);
  if (!p) {
    const group = profile.levels.group.words.map(escape).join('|');
    const sub = profile.levels.subgroup.words.map(escape).join('|');
    p = {
      strategy: new RegExp(`^(?:${group})(?:ที่)?\\s*(\\d+)\\s*[.:)]?\\s*(.*)$`, 'iu'),
      numberedStrategy: new RegExp(`^(\\d+)\\s*[.)]\\s*((?:${group}).*)$`, 'iu'),
      programme: new RegExp(`^(?:(?:${sub})(?:ที่)?\\s*)?(\\d+)\\.(\\d+)\\.?(?!\\d)\\s*(.*)$`, 'iu'),
      namedProgramme: new RegExp(`^(?:[-•*]\\s*)?((?:${sub}).*)$`, 'iu'),
    };
    cache.set(profile, p);
  }
  return p;
}

/** A label's text for matching: normalised, Arabic digits, emphasis removed. */
function clean(text: string): string {
  return thaiDigitsToArabic(normalizeThai(text.replace(/\*\*|__/g, ''))).trim();
}

/** Removes the group word in front of a strategy title (`ยุทธศาสตร์การพัฒนา…` → `การพัฒนา…`). */
function stripWord(title: string, words: string[]): string {
  for (const w of words) {
    if (title.toLowerCase().startsWith(w.toLowerCase())) return title.slice(w.length).trim();
  }
  return title;
}

/** Reads a ยุทธศาสตร์ label, or null. */
export function readStrategy(profile: Profile, text: string): StrategyLabel | null {
  const t = clean(text);
  const p = patterns(profile);
  const a = p.strategy.exec(t);
  if (a) return { number: Number(a[1]), title: (a[2] ?? '').trim() };
  const b = p.numberedStrategy.exec(t);
  if (b) return { number: Number(b[1]), title: stripWord(b[2] ?? '', profile.levels.group.words) };
  return null;
}

/** Reads a แผนงาน label, or null. */
export function readProgramme(profile: Profile, text: string): ProgrammeLabel | null {
  const t = clean(text);
  const p = patterns(profile);
  const a = p.programme.exec(t);
  if (a) return { strategyNumber: Number(a[1]), number: Number(a[2]), title: (a[3] ?? '').trim() };
  const b = p.namedProgramme.exec(t);
  if (b) return { strategyNumber: null, number: null, title: (b[1] ?? '').trim() };
  return null;
}

/** The form of a title that two mentions of one ยุทธศาสตร์ or แผนงาน share: no spaces, no `แผนงาน`. */
export function titleKey(profile: Profile, title: string): string {
  const t = clean(title).toLowerCase();
  return stripWord(stripWord(t, profile.levels.subgroup.words), profile.levels.group.words).replace(
    /[\s"'()]/g,
    '',
  );
}
