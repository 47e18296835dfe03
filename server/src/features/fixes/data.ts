// Reads the fixes a diagnostic carries in `data`. That JSON comes back from the client and is untrusted:
// anything malformed yields no fix (never a throw), and a fix whose lines changed since the check is stale.
import type { Edit, Fix, MessageRef } from '../../checks/types.js';
import { catalogue, type CatalogueKey } from '../../i18n/index.js';
import type { Range } from '../../model/types.js';

/** More edits than this in one fix, or fixes in one diagnostic, is not something a check produces. */
const MAX_EDITS = 10_000;
const MAX_FIXES = 20;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function readPosition(v: unknown): Range['start'] | undefined {
  if (!isObject(v) || !isIndex(v.line) || !isIndex(v.character)) return undefined;
  return { line: v.line, character: v.character };
}

function readRange(v: unknown): Range | undefined {
  if (!isObject(v)) return undefined;
  const start = readPosition(v.start);
  const end = readPosition(v.end);
  if (!start || !end) return undefined;
  const ordered =
    start.line < end.line || (start.line === end.line && start.character <= end.character);
  return ordered ? { start, end } : undefined;
}

function readEdit(v: unknown): Edit | undefined {
  if (!isObject(v) || typeof v.newText !== 'string' || typeof v.oldLines !== 'string') return;
  const range = readRange(v.range);
  return range ? { range, newText: v.newText, oldLines: v.oldLines } : undefined;
}

function readTitle(v: unknown): MessageRef | undefined {
  if (!isObject(v) || typeof v.key !== 'string' || !Object.hasOwn(catalogue, v.key)) return;
  const key = v.key as CatalogueKey;
  if (v.args === undefined) return { key };
  if (!isObject(v.args)) return undefined;
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(v.args)) {
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    args[name] = value;
  }
  return { key, args };
}

function readFix(v: unknown): Fix | undefined {
  if (!isObject(v) || !Array.isArray(v.edits) || v.edits.length === 0) return undefined;
  if (v.edits.length > MAX_EDITS) return undefined;
  const title = readTitle(v.title);
  const edits = (v.edits as unknown[]).map(readEdit);
  if (!title || edits.some((e) => e === undefined)) return undefined;
  return { title, edits: edits as Edit[] };
}

/** The well-formed fixes in a diagnostic's `data` (a malformed fix is left out; bad data gives none). */
export function readFixes(data: unknown): Fix[] {
  if (!isObject(data) || !Array.isArray(data.fixes)) return [];
  return (data.fixes as unknown[])
    .slice(0, MAX_FIXES)
    .map(readFix)
    .filter((f): f is Fix => f !== undefined);
}

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
