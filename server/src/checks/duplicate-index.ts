// Which earlier project each project repeats, for duplicate-project: by name first, else by text
// fingerprints. Kept up to date between versions of a plan: an edit inside one project re-examines
// only the projects whose answer it can change, and gives exactly what a fresh computation gives.
import { projectKey as keyOf } from '../model/names.js';
import type { Project } from '../model/types.js';
import { isOrMovedFrom, movedFrom } from '../model/moved.js';

/** Two bodies sharing at least this share of their text fingerprints are "nearly the same". */
export const SAME_TEXT = 0.8;
/** Bodies shorter than this are too short to compare. */
const MIN_BODY = 200;
/** Fingerprint pieces: the hash of every 12-character window, kept when ≡ 0 mod 8 (a cheap sample). */
const SHINGLE = 12;
/** A fingerprint piece shared by more earlier projects than this is boilerplate and not counted. */
const COMMON = 32;

/** The earlier project each project repeats: its index, and whether the names are the same. */
export interface Twin {
  index: number;
  byName: boolean;
}

/** Everything known about one list of projects. */
export interface TwinState {
  projects: Project[];
  keys: string[];
  prints: (Set<number> | null)[];
  /** Fingerprint piece → indexes of the projects holding it, ascending. */
  owners: Map<number, number[]>;
  twins: (Twin | undefined)[];
  /** Set once a newer state was made from this one (its fingerprint index now belongs to that one). */
  spent?: boolean;
}

const printOf = new WeakMap<Project, Set<number> | null>();
/** Fingerprints by project text: an equal text gets the same set, so "unchanged" is a pointer test. */
const printCache = new Map<string, Set<number> | null>();
const PRINTS_KEPT = 4096;

/** Empties the fingerprint cache (for cold-start measurements and tests). */
export function clearFingerprints(): void {
  printCache.clear();
}

/** A sampled set of hashes of the project's text, or null when too short. */
function fingerprint(p: Project): Set<number> | null {
  // A project moved by lines has its original's text: its fingerprint too.
  const own = printOf.get(p);
  if (own !== undefined) return own;
  // Kept for the copy too, for when it is moved again.
  const origin = movedFrom(p);
  const known = origin && printOf.get(origin);
  if (known !== undefined) {
    printOf.set(p, known);
    return known;
  }
  // Section contents only: the section titles are the same template words in every project.
  const text = p.sections.length ? p.sections.map((s) => s.text).join('\n') : p.normBody;
  let print = printCache.get(text);
  if (print === undefined) {
    print = hashWindows(text);
    if (printCache.size >= PRINTS_KEPT) printCache.delete(printCache.keys().next().value as string);
    printCache.set(text, print);
  }
  printOf.set(p, print);
  return print;
}

/** Hashes of the text's SHINGLE-character windows (spaces removed), sampled; null when too short. */
function hashWindows(text: string): Set<number> | null {
  const body = text.replace(/\s+/g, '');
  if (body.length < MIN_BODY) return null;
  const out = new Set<number>();
  // A rolling hash (mod 2^32) of every SHINGLE-character window: O(length), not O(length × SHINGLE).
  let top = 1;
  for (let k = 1; k < SHINGLE; k++) top = Math.imul(top, 31);
  let h = 0;
  for (let i = 0; i < body.length; i++) {
    if (i >= SHINGLE) h = (h - Math.imul(body.charCodeAt(i - SHINGLE), top)) | 0;
    h = (Math.imul(h, 31) + body.charCodeAt(i)) | 0;
    if (i >= SHINGLE - 1 && (h & 7) === 0) out.add(h >>> 3);
  }
  return out;
}

/** Position of `i` in an ascending list (= how many entries come before it). */
function rank(list: number[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An earlier project whose fingerprint overlaps project i's by SAME_TEXT (Jaccard), or -1. */
function similarEarlier(state: TwinState, i: number): number {
  const print = state.prints[i];
  if (!print || print.size === 0) return -1;
  const shared = new Map<number, number>();
  for (const h of print) {
    const list = state.owners.get(h) ?? [];
    const earlier = rank(list, i);
    // A piece found in many projects is boilerplate (the organisation's name…): it proves nothing.
    if (earlier > COMMON) continue;
    for (let k = 0; k < earlier; k++) {
      const j = list[k] as number;
      shared.set(j, (shared.get(j) ?? 0) + 1);
    }
  }
  for (const [j, n] of shared) {
    const other = state.prints[j];
    if (other && n / (print.size + other.size - n) >= SAME_TEXT) return j;
  }
  return -1;
}

/** The twins of every project, computed from scratch. */
function fresh(projects: Project[]): TwinState {
  const state: TwinState = {
    projects,
    keys: projects.map(keyOf),
    prints: projects.map(fingerprint),
    owners: new Map(),
    twins: [],
  };
  state.prints.forEach((print, i) => {
    for (const h of print ?? []) {
      const list = state.owners.get(h);
      if (list) list.push(i);
      else state.owners.set(h, [i]);
    }
  });
  const named = nameTwins(state.keys);
  state.twins = projects.map((_, i) => named[i] ?? textTwin(state, i));
  return state;
}

/** For each project, the earlier project of the same name (by name key), if any. */
function nameTwins(keys: string[]): (Twin | undefined)[] {
  const first = new Map<string, number>();
  return keys.map((key, i) => {
    if (!key) return undefined;
    const index = first.get(key);
    if (index === undefined) first.set(key, i);
    return index === undefined ? undefined : { index, byName: true };
  });
}

/** Project i's twin by text: an earlier project nearly the same, if any. */
function textTwin(state: TwinState, i: number): Twin | undefined {
  const j = similarEarlier(state, i);
  return j >= 0 ? { index: j, byName: false } : undefined;
}

/**
 * Adds to `affected` each later project whose only link to the changed project `e` is pieces that `e`
 * kept, when the change of `e`'s size moves their similarity across SAME_TEXT. Such a project's lists
 * and counts are as before, save for that one similarity: whether it passes is all that can change.
 */
function keptPairs(
  state: TwinState,
  e: number,
  was: Set<number> | null | undefined,
  affected: Set<number>,
): void {
  const now = state.prints[e];
  if (!was || !now || was.size === now.size) return;
  // Pieces shared with e that each later project counts (at most COMMON earlier holders before it).
  const shared = new Map<number, number>();
  for (const h of was) {
    if (!now.has(h)) continue;
    const list = state.owners.get(h) ?? [];
    for (let k = rank(list, e + 1); k < list.length && k <= COMMON; k++) {
      const i = list[k] as number;
      shared.set(i, (shared.get(i) ?? 0) + 1);
    }
  }
  for (const [i, n] of shared) {
    const size = state.prints[i]?.size ?? 0;
    if (affected.has(i) || size === 0) continue;
    const passed = n / (size + was.size - n) >= SAME_TEXT;
    if (passed !== n / (size + now.size - n) >= SAME_TEXT) affected.add(i);
  }
}

/**
 * The twins of `projects`, updating `prev` (which it consumes) when there are as many projects: only a
 * changed project and the projects sharing a changed fingerprint piece with it (near enough to the
 * front of that piece's list to notice) are compared by text again, and after a rename the names.
 */
export function findTwins(projects: Project[], prev?: TwinState): TwinState {
  if (!prev || prev.spent || prev.projects.length !== projects.length) return fresh(projects);
  const keys: string[] = [];
  const prints: (Set<number> | null)[] = [];
  const changed: number[] = [];
  let renamed = false;
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i] as Project;
    // The same project, or a copy of it moved by lines (same text): the same key and fingerprint.
    if (isOrMovedFrom(p, prev.projects[i])) {
      keys.push(prev.keys[i] as string);
      prints.push(prev.prints[i] ?? null);
      continue;
    }
    const key = keyOf(p);
    renamed ||= key !== prev.keys[i];
    const print = fingerprint(p);
    if (print !== prev.prints[i]) changed.push(i);
    keys.push(key);
    prints.push(print);
  }
  const state: TwinState = { projects, keys, prints, owners: prev.owners, twins: prev.twins };
  prev.spent = true;
  if (changed.length === 0 && !renamed) return state;
  // The pieces a changed project lost or gained: the later projects near the front of their lists
  // count their pieces differently now. With one changed project, the pieces it kept change nothing
  // for a later project but its similarity with that one, through the changed size (keptPairs).
  const single = changed.length === 1;
  const touched: [number, number][] = [];
  for (const e of changed) {
    const before = prev.prints[e] ?? new Set<number>();
    const after = prints[e] ?? new Set<number>();
    for (const h of before) {
      if (after.has(h)) {
        if (!single) touched.push([h, e]);
        continue;
      }
      touched.push([h, e]);
      const list = state.owners.get(h) ?? [];
      list.splice(rank(list, e), 1);
      if (list.length === 0) state.owners.delete(h);
    }
    for (const h of after) {
      if (before.has(h)) continue;
      touched.push([h, e]);
      const list = state.owners.get(h);
      if (list) list.splice(rank(list, e), 0, e);
      else state.owners.set(h, [e]);
    }
  }
  // A later project counts a piece only while at most COMMON earlier projects hold it; each change
  // moves that count by one, so only the first COMMON + changes holders after the change can notice.
  const affected = new Set(changed);
  for (const [h, e] of touched) {
    const list = state.owners.get(h) ?? [];
    const limit = COMMON + changed.length;
    for (let k = rank(list, e + 1); k < list.length && k <= limit + 1; k++) {
      affected.add(list[k] as number);
    }
  }
  if (single) keptPairs(state, changed[0] as number, prev.prints[changed[0] as number], affected);
  state.twins = prev.twins.slice();
  // A renamed project changes who is first with its old and its new name: the name twins are found
  // again (a pass over the keys); a project that lost its name twin is compared by text.
  if (renamed) {
    nameTwins(keys).forEach((t, i) => {
      if (t) state.twins[i] = t;
      else if (state.twins[i]?.byName) {
        state.twins[i] = undefined;
        affected.add(i);
      }
    });
  }
  for (const i of affected) if (!state.twins[i]?.byName) state.twins[i] = textTwin(state, i);
  return state;
}
