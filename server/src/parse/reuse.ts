// What an edit left alone: the lines shared with the previous version at the start and at the end,
// so that parse results, model objects and check results of untouched parts can be reused.

/** The first `prefix` lines and the last `suffix` lines are the same as in the previous version. */
export interface LineDiff {
  prefix: number;
  suffix: number;
  /** New line count minus old line count (how far the shared tail moved). */
  delta: number;
  /** Line count of the new version. */
  lineCount: number;
}

/**
 * Compares two versions' lines from both ends. Lines kept by an incremental update are the same string
 * objects, so each comparison is a pointer test; freshly split text compares by content, still correct.
 */
export function diffLines(prev: readonly string[], next: readonly string[]): LineDiff {
  const shortest = Math.min(prev.length, next.length);
  let prefix = 0;
  while (prefix < shortest && prev[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  const room = shortest - prefix;
  while (suffix < room && prev[prev.length - 1 - suffix] === next[next.length - 1 - suffix])
    suffix++;
  return { prefix, suffix, delta: next.length - prev.length, lineCount: next.length };
}

/** True when lines [from, to) of the new version are unchanged and still at the same line numbers. */
export function untouched(diff: LineDiff | undefined, from: number, to: number): boolean {
  if (!diff) return false;
  if (to <= diff.prefix) return true;
  return diff.delta === 0 && from >= diff.lineCount - diff.suffix;
}

/** The line an unchanged new line had in the previous version, or -1 when it was edited. */
export function oldLine(diff: LineDiff, line: number): number {
  if (line < diff.prefix) return line;
  if (line >= diff.lineCount - diff.suffix) return line - diff.delta;
  return -1;
}

/**
 * True when lines [from, to) of the new version are unchanged lines of the previous version that were
 * `moved` lines higher up there (0: at the same place): all in the shared prefix, or all in the shared tail.
 */
export function movedIntact(
  diff: LineDiff | undefined,
  from: number,
  to: number,
  moved: number,
): boolean {
  if (!diff) return false;
  if (to <= diff.prefix) return moved === 0;
  return moved === diff.delta && from >= diff.lineCount - diff.suffix;
}
