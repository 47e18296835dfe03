// duplicate-project: the same project written twice (same name, or nearly the same text).
import { baseNameKey } from '../model/names.js';
import type { Project } from '../model/types.js';
import type { Check, Problem } from './types.js';
import { numberOf, short } from './util.js';

/** Two bodies sharing at least this share of their text fingerprints are "nearly the same". */
export const SAME_TEXT = 0.8;
/** Bodies shorter than this are too short to compare. */
const MIN_BODY = 200;
/** Fingerprint pieces: the hash of every 12-character window, kept when ≡ 0 mod 8 (a cheap sample). */
const SHINGLE = 12;
/** A fingerprint piece shared by more projects than this is boilerplate and not counted. */
const COMMON = 32;

/** Reports each project that repeats an earlier one, pointing at the first. */
export const check: Check = {
  meta: {
    id: 'duplicate-project',
    description: {
      en: 'Two project sections have the same name or nearly the same text.',
      th: 'มีรายละเอียดโครงการสองโครงการที่ชื่อเดียวกันหรือเนื้อหาเกือบเหมือนกัน',
    },
    defaultLevel: 'warning',
    fixable: false,
    tags: ['structure'],
  },
  run({ plan }) {
    const problems: Problem[] = [];
    const byName = new Map<string, Project>();
    const prints = plan.projects.map(fingerprint);
    const owners = new Map<number, number[]>();
    plan.projects.forEach((p, i) => {
      const key = baseNameKey(p.name);
      const first = key ? byName.get(key) : undefined;
      const j = first ? -1 : similarEarlier(i, prints, owners);
      const twin = first ?? plan.projects[j];
      if (key && !first) byName.set(key, p);
      for (const h of prints[i] ?? []) {
        const list = owners.get(h);
        if (list) list.push(i);
        else owners.set(h, [i]);
      }
      if (!twin) return;
      problems.push({
        range: p.nameRange,
        message: {
          key: first ? 'duplicate-project.same-name' : 'duplicate-project.same-text',
          args: { project: numberOf(p), first: numberOf(twin), name: short(twin.name) },
        },
        related: [
          {
            range: twin.heading.textRange,
            message: { key: 'duplicate-project.related-first', args: { project: numberOf(twin) } },
          },
        ],
        data: { expected: twin.number ?? twin.name, actual: p.number ?? p.name },
      });
    });
    return problems;
  },
};

/** Fingerprints by project text: a project typed in keeps the fingerprints of all the others. */
const printCache = new Map<string, Set<number> | null>();
const PRINTS_KEPT = 4096;

/** Empties the fingerprint cache (for cold-start measurements and tests). */
export function clearFingerprints(): void {
  printCache.clear();
}

/** A sampled set of hashes of the project's text (cached by the text), or null when too short. */
function fingerprint(p: Project): Set<number> | null {
  // Section contents only: the section titles are the same template words in every project.
  const text = p.sections.length ? p.sections.map((s) => s.text).join('\n') : p.normBody;
  const cached = printCache.get(text);
  if (cached !== undefined) return cached;
  const print = hashWindows(text);
  if (printCache.size >= PRINTS_KEPT) printCache.delete(printCache.keys().next().value as string);
  printCache.set(text, print);
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

/** Index of an earlier project whose fingerprint overlaps this one's by SAME_TEXT (Jaccard), or -1. */
function similarEarlier(
  i: number,
  prints: (Set<number> | null)[],
  owners: Map<number, number[]>,
): number {
  const print = prints[i];
  if (!print || print.size === 0) return -1;
  const shared = new Map<number, number>();
  for (const h of print) {
    const list = owners.get(h) ?? [];
    // A piece found in many projects is boilerplate (the organisation's name…): it proves nothing.
    if (list.length > COMMON) continue;
    for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
  }
  for (const [j, n] of shared) {
    const other = prints[j];
    if (other && n / (print.size + other.size - n) >= SAME_TEXT) return j;
  }
  return -1;
}
