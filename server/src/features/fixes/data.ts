// The fixes of a diagnostic the client sends back: looked up among the findings of the document version
// analysed (a diagnostic's `data` does not carry them, see diagnostics.ts), and offered only while fresh.
import type { Edit, Fix } from '../../checks/types.js';
import type { Finding } from '../../engine.js';
import type { Range } from '../../model/types.js';

/** True when every edit's lines still read as they did when the check ran, and none overlap. */
export function isFresh(fix: Fix, lines: readonly string[]): boolean {
  const fresh = fix.edits.every(
    (e) =>
      e.range.end.line < lines.length &&
      e.range.end.character <= (lines[e.range.end.line] ?? '').length &&
      e.oldLines === lines.slice(e.range.start.line, e.range.end.line + 1).join('\n'),
  );
  return fresh && !overlapping(fix.edits);
}

/** True when two of the edits overlap (two insertions at one point do not). */
export function overlapping(edits: readonly Edit[]): boolean {
  const sorted = [...edits].sort(
    (a, b) => compare(a.range.start, b.range.start) || compare(a.range.end, b.range.end),
  );
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as Edit;
    const cur = sorted[i] as Edit;
    if (compare(cur.range.start, prev.range.end) < 0) return true;
  }
  return false;
}

/** Orders two positions. */
export function compare(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A diagnostic as the client sends it back: only what identifies it is read (all of it untrusted). */
export interface DiagnosticRef {
  code?: unknown;
  range?: unknown;
  message?: unknown;
}

/** Where a range lies, as a key; it takes untrusted positions too (what is not a number never matches). */
interface LoosePosition {
  line?: unknown;
  character?: unknown;
}
const rangeKey = (start: LoosePosition, end: LoosePosition): string =>
  `${String(start.line)}:${String(start.character)}:${String(end.line)}:${String(end.character)}`;

/**
 * A lookup of the fixes for a diagnostic the client sends back: the findings of the same check at the
 * same range in `findings` (the one whose message reads the same first), their fixes that are still
 * fresh on `lines`. Anything malformed, or a diagnostic of no finding, gives no fix.
 */
export function fixLookup(
  findings: readonly Finding[],
  lines: readonly string[],
  messageOf: (f: Finding) => string,
): (d: DiagnosticRef) => Fix[] {
  let index: Map<string, Finding[]> | undefined;
  return (d) => {
    if (typeof d.code !== 'string' || !isObject(d.range)) return [];
    const { start, end } = d.range;
    if (!isObject(start) || !isObject(end)) return [];
    const key = `${d.code}@${rangeKey(start, end)}`;
    if (!index) {
      index = new Map();
      for (const f of findings) {
        const k = `${f.checkId}@${rangeKey(f.range.start, f.range.end)}`;
        const same = index.get(k);
        if (same) same.push(f);
        else index.set(k, [f]);
      }
    }
    const candidates = index.get(key) ?? [];
    const finding =
      (candidates.length > 1 && candidates.find((f) => messageOf(f) === d.message)) ||
      candidates[0];
    return (finding?.data?.fixes ?? []).filter((f) => isFresh(f, lines));
  };
}
