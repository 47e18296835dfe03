// The edits the benchmark times and their statistics: where an edit goes in a plan, the change and its
// undo (a typed character, a line break), and the median and minimum of a series of latencies.
import type { Position, Range } from 'vscode-languageserver/node.js';
import type { BenchServer } from './lsp-driver.js';

/** The median and minimum of a series of timings, in ms. */
export interface Stat {
  /** The median. */
  median: number;
  /** The fastest. */
  min: number;
}

/** Median and minimum of the timings. */
export function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return {
    median: s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2,
    min: s[0] as number,
  };
}

/** The position of an edit: a line and column found by a pattern, searched from a given line on. */
export function locate(
  text: string,
  after: RegExp,
  target: RegExp,
  nth = 0,
): { line: number; character: number } {
  const lines = text.split('\n');
  let from = lines.findIndex((l) => after.test(l));
  for (let seen = 0; from >= 0 && from < lines.length; from++) {
    const m = target.exec(lines[from] ?? '');
    if (m && seen++ === nth) return { line: from, character: m.index };
  }
  throw new Error(`no edit position for ${String(target)}`);
}

/** One change: a range of the current text and what replaces it. */
export interface Change {
  /** The range replaced. */
  range: Range;
  /** The text put there. */
  text: string;
}

/** Typing one character at a position, then deleting it. */
export function typeChar(at: Position): [Change, Change] {
  const after = { line: at.line, character: at.character + 1 };
  return [
    { range: { start: at, end: at }, text: '๑' },
    { range: { start: at, end: after }, text: '' },
  ];
}

/** Pressing Enter at the end of a line (every later line moves down), then deleting the break. */
export function enterAtEnd(text: string, at: Position): [Change, Change] {
  const end = { line: at.line, character: text.split('\n')[at.line]?.length ?? 0 };
  return [
    { range: { start: end, end }, text: '\n' },
    { range: { start: end, end: { line: at.line + 1, character: 0 } }, text: '' },
  ];
}

/** Edit latencies of one open document, and how many pulled reports were `unchanged`. */
export interface EditStat extends Stat {
  /** Pulled reports that were `unchanged` (0 in push mode). */
  unchanged: number;
  /** Pulled reports in all (0 in push mode). */
  pulled: number;
}

/** Alternately applies a change and its undo, `reps` + 2 times; the first two are warm-up. */
export async function edits(
  server: BenchServer,
  uri: string,
  [change, undo]: [Change, Change],
  version: { next: number },
  reps: number,
): Promise<EditStat> {
  const xs: number[] = [];
  const before = { ...server.reports };
  for (let i = 0; i < reps + 2; i++) {
    if (i === 2) Object.assign(before, server.reports);
    const { range, text } = i % 2 === 0 ? change : undo;
    const ms = await server.edit(uri, version.next++, range, text);
    if (i >= 2) xs.push(ms);
  }
  const unchanged = server.reports.unchanged - before.unchanged;
  return { ...stat(xs), unchanged, pulled: unchanged + server.reports.full - before.full };
}

/** Replacing the character at a position by another (a budget digit, say), then putting it back. */
export function replaceChar(text: string, at: Position, by: string): [Change, Change] {
  const was = text.split('\n')[at.line]?.[at.character] ?? '';
  const range = { start: at, end: { line: at.line, character: at.character + 1 } };
  return [
    { range, text: by },
    { range, text: was },
  ];
}

/** Deleting a whole line (every later line moves up), then typing it back. */
export function deleteLine(text: string, line: number): [Change, Change] {
  const was = text.split('\n')[line] ?? '';
  const start = { line, character: 0 };
  return [
    { range: { start, end: { line: line + 1, character: 0 } }, text: '' },
    { range: { start, end: start }, text: `${was}\n` },
  ];
}

/** Pasting lines at the start of a line (a copied project, say), then deleting them again. */
export function paste(at: number, lines: string[]): [Change, Change] {
  const start = { line: at, character: 0 };
  return [
    { range: { start, end: start }, text: `${lines.join('\n')}\n` },
    { range: { start, end: { line: at + lines.length, character: 0 } }, text: '' },
  ];
}

/** The lines of the block that starts at `line` and ends before the next line matching `next`. */
export function blockAt(text: string, line: number, next: RegExp): string[] {
  const lines = text.split('\n');
  let end = line + 1;
  while (end < lines.length && !next.test(lines[end] ?? '')) end++;
  return lines.slice(line, end);
}

/** `keys` characters typed one after another from a position (what a typist sends). */
export function keystrokes(at: Position, keys: number): Change[] {
  return Array.from({ length: keys }, (_, i) => {
    const p = { line: at.line, character: at.character + i };
    return { range: { start: p, end: p }, text: 'ก' };
  });
}

/** The lag of every key while typing steadily, and how many diagnostics sets were published. */
export interface TypingStat extends Stat {
  /** The largest lag (a lag that builds up shows here). */
  max: number;
  /** The last key's lag. */
  last: number;
  keys: number;
  publishes: number;
}

/**
 * Types `keys` characters at a position one every `interval` ms, then deletes them (untimed) so that
 * the document is as before.
 */
export async function typing(
  server: BenchServer,
  uri: string,
  at: Position,
  version: { next: number },
  keys: number,
  interval: number,
): Promise<TypingStat> {
  const { lags, publishes } = await server.typing(uri, version, keystrokes(at, keys), interval);
  const end = { line: at.line, character: at.character + keys };
  await server.edit(uri, version.next++, { start: at, end }, '');
  return {
    ...stat(lags),
    max: Math.max(...lags),
    last: lags[lags.length - 1] ?? NaN,
    keys,
    publishes,
  };
}
