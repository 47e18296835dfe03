// Comparing project names: a comparison key that ignores spacing, quotes and trailing notes, and a similarity.
import { distance } from 'fastest-levenshtein';
import { normalizeThai } from '../parse/thai.js';
import { movedFrom } from './moved.js';
import { BoundedMap } from '../bounded-map.js';
import type { Project } from './types.js';

/** A trailing parenthesised note such as `(ไม่ตรง)` at the end of a name. */
const TRAILING_NOTE = /\s*\(([^()]*)\)\s*$/;

/** Splits a name into its base and a trailing parenthesised note, if any. */
export function splitNote(name: string): { base: string; note?: string } {
  const m = TRAILING_NOTE.exec(name);
  if (!m || m.index === 0) return { base: name };
  return { base: name.slice(0, m.index), note: name.slice(m.index).trim() };
}

// The same names (every table row's, every project's, every mission's) are keyed again at every edit
// that matches rows again (a rename) or compares missions (table-mission, at every edit): keys are
// kept by name text, a bounded number of them.
const KEYS_KEPT = 50_000;
const nameKeys = new BoundedMap<string, string>(KEYS_KEPT);
const baseKeys = new BoundedMap<string, string>(KEYS_KEPT);

/** `key` of `name` from `memo`, computing and keeping it when missing. */
function keptKey(memo: Map<string, string>, name: string, key: (name: string) => string): string {
  let found = memo.get(name);
  if (found === undefined) memo.set(name, (found = key(name)));
  return found;
}

/** The key of a name, computed. */
function keyOf(name: string): string {
  return normalizeThai(name)
    .replace(/^\d+\s*\.\s*/, '')
    .replace(/[\s"'`*_]/g, '')
    .toLowerCase();
}

/** The key of a name without its trailing note, computed. */
function baseKeyOf(name: string): string {
  return keyOf(splitNote(name).base);
}

/** The key two names are compared by: normalised, markup, spaces and quotes removed, Latin lower-cased. */
export function nameKey(name: string): string {
  return keptKey(nameKeys, name, keyOf);
}

/** The key of a name without its trailing note. */
export function baseNameKey(name: string): string {
  return keptKey(baseKeys, name, baseKeyOf);
}

const projectKeys = new WeakMap<Project, string>();

/** The key of a project's name, computed once per project (and not again for its moved copies). */
export function projectKey(p: Project): string {
  let key = projectKeys.get(p);
  if (key === undefined) {
    // A copy moved by lines has its original's name.
    const origin = movedFrom(p);
    key = origin ? projectKey(origin) : baseNameKey(p.name);
    projectKeys.set(p, key);
  }
  return key;
}

/** Similarity of two keys, 0..1 (1 = equal): one minus the edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let d = distances.get(pair);
  if (d === undefined) {
    d = distance(a, b);
    distances.set(pair, d);
  }
  return 1 - d / longer;
}

// Rows and projects are matched again at every keystroke while their names rarely change.
const DISTANCES_KEPT = 200_000;
const distances = new BoundedMap<string, number>(DISTANCES_KEPT);

/** Empties the name-key and distance memos (for cold-start measurements and tests). */
export function clearNameMemos(): void {
  nameKeys.clear();
  baseKeys.clear();
  distances.clear();
}

/** The best similarity two keys of these lengths can reach (a cheap bound that skips hopeless pairs). */
export function similarityBound(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - Math.abs(a.length - b.length) / longer;
}

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** The characters of a text as a reader sees them (a Thai vowel or tone mark stays with its consonant). */
function charsOf(s: string): string[] {
  return Array.from(graphemes.segment(s), (g) => g.segment);
}

/**
 * Where two names differ, as the two differing stretches with a few characters of context on each
 * side (`…ด้านกฎหมาย…` / `…ด้านกฏหมาย…`), so a message can show what to correct.
 */
export function nameDifference(a: string, b: string, context = 8): { a: string; b: string } {
  const x = charsOf(a.trim());
  const y = charsOf(b.trim());
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (
    end < x.length - start &&
    end < y.length - start &&
    x[x.length - 1 - end] === y[y.length - 1 - end]
  )
    end++;
  const from = Math.max(0, start - context);
  const cut = (s: string[]): string => {
    const to = Math.min(s.length, s.length - end + context);
    return (from > 0 ? '…' : '') + s.slice(from, to).join('') + (to < s.length ? '…' : '');
  };
  return { a: cut(x), b: cut(y) };
}
