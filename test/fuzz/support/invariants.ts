// What must hold for any analysis of any text: finished in bounded time, and every finding's range and
// every fix edit's range inside the document, ordered, and on a UTF-16 character boundary.
import { analyze, type Analysis } from '../../../server/src/engine.js';
import { splitLines } from '../../../server/src/parse/lines.js';
import type { Position, Range } from '../../../server/src/model/types.js';
import { recordTime } from './profile.js';

export { TABLE_CONSISTENCY } from '../../support/table-checks.js';

/** No single analysis of a fuzzed input (at most some tens of kB) may take longer than this. */
export const MAX_ANALYZE_MS = 5_000;

/** Analyses `text`, timing it; throws when it takes longer than MAX_ANALYZE_MS. */
export function timedAnalyze(property: string, text: string): Analysis {
  const start = performance.now();
  const analysis = analyze(text);
  const ms = performance.now() - start;
  recordTime(property, ms, text.length);
  if (ms > MAX_ANALYZE_MS)
    throw new Error(`analyze took ${ms.toFixed(0)} ms on ${text.length} characters`);
  return analysis;
}

function isHigh(code: number | undefined): boolean {
  return code !== undefined && code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number | undefined): boolean {
  return code !== undefined && code >= 0xdc00 && code <= 0xdfff;
}

/** Why a position is not a valid place in `lines`, or undefined when it is. */
export function positionProblem(lines: readonly string[], p: Position): string | undefined {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return 'not integers';
  if (p.line < 0 || p.line >= lines.length) return `line ${p.line} outside 0..${lines.length - 1}`;
  const line = lines[p.line] ?? '';
  if (p.character < 0 || p.character > line.length)
    return `character ${p.character} outside 0..${line.length}`;
  if (isHigh(line.charCodeAt(p.character - 1)) && isLow(line.charCodeAt(p.character)))
    return `character ${p.character} splits a surrogate pair`;
  return undefined;
}

/** Why a range is not a valid range of `lines`, or undefined when it is. */
export function rangeProblem(lines: readonly string[], r: Range): string | undefined {
  const problem = positionProblem(lines, r.start) ?? positionProblem(lines, r.end);
  if (problem) return problem;
  const ordered =
    r.start.line < r.end.line ||
    (r.start.line === r.end.line && r.start.character <= r.end.character);
  return ordered ? undefined : 'start after end';
}

function show(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/**
 * Asserts the range invariants for every finding, related place and fix edit of an analysis of `text`
 * (lines split as an editor does: LF, CRLF or CR).
 */
export function assertRanges(text: string, analysis: Analysis): void {
  const lines = splitLines(text);
  const fail = (what: string, r: Range, problem: string): never => {
    throw new Error(`${what} range ${show(r)}: ${problem}`);
  };
  for (const f of analysis.findings) {
    const problem = rangeProblem(lines, f.range);
    if (problem) fail(`${f.checkId} finding`, f.range, problem);
    for (const rel of f.related ?? []) {
      const p = rangeProblem(lines, rel.range);
      if (p) fail(`${f.checkId} related`, rel.range, p);
    }
    for (const fix of f.data?.fixes ?? []) {
      for (const e of fix.edits) {
        const p = rangeProblem(lines, e.range);
        if (p) fail(`${f.checkId} fix edit`, e.range, p);
      }
    }
  }
}
