// Line scan: splits the text into lines and finds front matter, fenced code, ATX headings and blocks cheaply.
import { KIND, LineKinds } from '../model/line-kinds.js';
import type { LineDiff } from './reuse.js';

/** An ATX heading found by the line scan (text still carries inline markup). */
export interface RawHeading {
  line: number;
  level: number;
  /** Column where the heading's text starts and ends (trailing `#`s and spaces excluded). */
  textStart: number;
  textEnd: number;
}

/** A run of lines parsed on its own: the lines before the first heading, or a heading and its body. */
export interface Block {
  startLine: number;
  /** Exclusive. */
  endLine: number;
}

/** What the line scan finds. */
export interface LineScan {
  lines: string[];
  kinds: LineKinds;
  /** Lines of the front matter including both fences, when present. */
  frontMatter?: { startLine: number; endLine: number };
  headings: RawHeading[];
  blocks: Block[];
  /**
   * Set by `rescanLines`: lines [from, to) were scanned again (they start and end at a block boundary);
   * the lines after them are the previous scan's, `delta` lines further down.
   */
  rescanned?: { from: number; to: number; delta: number };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const TABLE_LINE = /^ {0,3}\|/;

/**
 * A line that can only be text: after at most three spaces, a letter or digit (Thai or Latin), which
 * no fence, heading, comment or table line starts with. Most lines of a plan are these; the rest go
 * through the patterns below.
 */
function plainText(line: string): boolean {
  let k = 0;
  while (k < 3 && line.charCodeAt(k) === 32) k++;
  const c = line.charCodeAt(k);
  return (
    (c >= 0x0e01 && c <= 0x0e5b) ||
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122)
  );
}

/** Splits on LF, CRLF or CR, keeping line numbering identical to an editor's. */
export function splitLines(text: string): string[] {
  // Splitting on one character is several times faster than on the pattern, and most files are LF.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** Finds the heading's text span inside an ATX heading line. */
function headingText(line: string, indent: number, hashes: number): [number, number] {
  let start = indent + hashes;
  while (start < line.length && /[ \t]/.test(line[start] ?? '')) start++;
  let end = line.length;
  while (end > start && /[ \t]/.test(line[end - 1] ?? '')) end--;
  // A closing sequence of #s counts only when preceded by a space (CommonMark).
  let close = end;
  while (close > start && line[close - 1] === '#') close--;
  if (close < end && (close === start || /[ \t]/.test(line[close - 1] ?? ''))) {
    end = close;
    while (end > start && /[ \t]/.test(line[end - 1] ?? '')) end--;
  }
  return [start, end];
}

/** Finds the front matter: `---` on the first line up to the next `---` or `...`. */
export function findFrontMatter(
  lines: readonly string[],
): { startLine: number; endLine: number } | undefined {
  if (!/^\uFEFF?---[ \t]*$/.test(lines[0] ?? '')) return undefined;
  for (let i = 1; i < lines.length; i++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i] ?? '')) return { startLine: 0, endLine: i + 1 };
  }
  return undefined;
}

/** The scan state carried from line to line: inside a fence (its opening run) or an HTML comment. */
interface State {
  fence: string | null;
  inComment: boolean;
}

/**
 * Classifies lines from `from` on, in the normal state (which holds at every heading and after the front
 * matter), appending each line's kind code to `codes` (line `from` first) and its headings to
 * `headings`. Stops before a heading at a line where `stop` says the rest is known, and returns that
 * line (the line count when it ran to the end).
 */
function scanFrom(
  lines: readonly string[],
  from: number,
  codes: number[],
  headings: RawHeading[],
  stop: (line: number) => boolean = () => false,
): number {
  const state: State = { fence: null, inComment: false };
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (state.fence !== null) {
      codes.push(KIND.code);
      const m = FENCE.exec(line);
      if (
        m &&
        m[1]?.[0] === state.fence[0] &&
        (m[1]?.length ?? 0) >= state.fence.length &&
        !line.slice(m[0].length).trim()
      )
        state.fence = null;
      continue;
    }
    if (state.inComment) {
      codes.push(KIND.comment);
      if (line.includes('-->')) state.inComment = false;
      continue;
    }
    if (plainText(line)) {
      codes.push(KIND.text);
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      state.fence = f[1] ?? '```';
      codes.push(KIND.code);
      continue;
    }
    const h = ATX.exec(line);
    if (h) {
      if (stop(i)) return i;
      const indent = h[1]?.length ?? 0;
      const level = h[2]?.length ?? 1;
      const [textStart, textEnd] = headingText(line, indent, level);
      headings.push({ line: i, level, textStart, textEnd });
      codes.push(KIND.heading);
      continue;
    }
    if (/^\s*$/.test(line)) codes.push(KIND.blank);
    else if (/^ {0,3}<!--/.test(line)) {
      codes.push(KIND.comment);
      state.inComment = !line.includes('-->');
    } else codes.push(TABLE_LINE.test(line) ? KIND.table : KIND.text);
  }
  return lines.length;
}

/** Blocks from the headings: the lines before the first heading, then each heading up to the next. */
function blocksOf(headings: RawHeading[], first: number, lineCount: number): Block[] {
  const blocks: Block[] = [];
  let start = first;
  for (const h of headings) {
    if (h.line > start) blocks.push({ startLine: start, endLine: h.line });
    start = h.line;
  }
  if (lineCount > start) blocks.push({ startLine: start, endLine: lineCount });
  return blocks;
}

/**
 * The blocks of a rescan: the previous ones before line `from` (the same objects), those of the
 * headings `found` in lines [from, to), and the previous ones from `to` on, moved by `delta`.
 */
function blocksAround(
  prev: readonly Block[],
  found: readonly RawHeading[],
  from: number,
  to: number,
  delta: number,
): Block[] {
  let b = 0;
  while (b < prev.length && (prev[b] as Block).startLine < from) b++;
  const blocks = prev.slice(0, b);
  let start = from;
  for (const h of found) {
    if (h.line > start) blocks.push({ startLine: start, endLine: h.line });
    start = h.line;
  }
  if (to > start) blocks.push({ startLine: start, endLine: to });
  while (b < prev.length && (prev[b] as Block).startLine < to - delta) b++;
  for (; b < prev.length; b++) {
    const o = prev[b] as Block;
    blocks.push(delta ? { startLine: o.startLine + delta, endLine: o.endLine + delta } : o);
  }
  return blocks;
}

/** Scans every line once. Blocks split at every ATX heading outside code. */
export function scanLines(text: string | string[]): LineScan {
  const lines = typeof text === 'string' ? splitLines(text) : text;
  const fm = findFrontMatter(lines);
  const first = fm ? fm.endLine : 0;
  const codes: number[] = new Array<number>(first).fill(KIND.frontMatter);
  const headings: RawHeading[] = [];
  scanFrom(lines, first, codes, headings);
  return {
    lines,
    kinds: LineKinds.fromCodes(Uint8Array.from(codes)),
    ...(fm ? { frontMatter: fm } : {}),
    headings,
    blocks: blocksOf(headings, first, lines.length),
  };
}

/** Index of the first heading at or after `line` (headings are in line order). */
function firstHeadingFrom(headings: readonly RawHeading[], line: number): number {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((headings[mid] as RawHeading).line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when two lists of headings found by the scan are the same, heading for heading. */
function sameHeadings(a: readonly RawHeading[], from: number, b: readonly RawHeading[]): boolean {
  if (from + b.length > a.length) return false;
  return b.every((h, i) => {
    const o = a[from + i] as RawHeading;
    return (
      o.line === h.line &&
      o.level === h.level &&
      o.textStart === h.textStart &&
      o.textEnd === h.textEnd
    );
  });
}

/**
 * Scans a new version of lines given the previous scan and what the edit left alone: only from the
 * last heading before the edit to the first heading after it that the previous scan also had; the rest
 * is copied (moved by the change in line count), in one copy per array. When no kind and no heading
 * changed, the previous arrays themselves are kept (they are never changed). Gives exactly what
 * `scanLines` gives.
 */
export function rescanLines(lines: string[], prev: LineScan, diff: LineDiff): LineScan {
  const fmEnd = prev.frontMatter?.endLine ?? 0;
  if (fmEnd ? diff.prefix < fmEnd : findFrontMatter(lines)) return scanLines(lines);
  const k = firstHeadingFrom(prev.headings, diff.prefix) - 1;
  const from = k >= 0 ? (prev.headings[k] as RawHeading).line : fmEnd;
  const first = Math.max(k, 0); // the headings before `from`, kept as they are
  const tail = diff.lineCount - diff.suffix;
  let resume = -1;
  const stop = (line: number): boolean => {
    if (line < tail) return false;
    const j = firstHeadingFrom(prev.headings, line - diff.delta);
    if (prev.headings[j]?.line !== line - diff.delta) return false;
    resume = j;
    return true;
  };
  const codes: number[] = [];
  const found: RawHeading[] = [];
  const at = scanFrom(lines, from, codes, found, stop);
  const part = Uint8Array.from(codes);
  const { delta } = diff;
  // Most keystrokes change no line's kind and no heading: the previous arrays are then kept. (A scan
  // that ran to the end, `resume` -1, replaced every line from `from` on: `oldTo` is the old count.)
  const oldTo = at - delta;
  const kinds =
    delta === 0 && prev.kinds.sameRun(from, part)
      ? prev.kinds
      : prev.kinds.spliced(from, oldTo - from, part);
  const kept =
    resume >= 0 &&
    delta === 0 &&
    resume - first === found.length &&
    sameHeadings(prev.headings, first, found);
  const rest = (): RawHeading[] => {
    if (resume < 0) return [];
    const after = prev.headings.slice(resume);
    if (!delta) return after;
    // Field by field: a literal of known shape is several times quicker than a spread here.
    return after.map(({ line, level, textStart, textEnd }) => ({
      line: line + delta,
      level,
      textStart,
      textEnd,
    }));
  };
  const headings = kept ? prev.headings : prev.headings.slice(0, first).concat(found, rest());
  return {
    lines,
    kinds,
    ...(prev.frontMatter ? { frontMatter: prev.frontMatter } : {}),
    headings,
    blocks: kept ? prev.blocks : blocksAround(prev.blocks, found, from, at, delta),
    rescanned: { from, to: at, delta },
  };
}
