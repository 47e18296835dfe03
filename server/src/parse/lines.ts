// Line scan: splits the text into lines and finds front matter, fenced code, ATX headings and blocks cheaply.
import type { LineKind } from '../model/types.js';

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
  kinds: LineKind[];
  /** Lines of the front matter including both fences, when present. */
  frontMatter?: { startLine: number; endLine: number };
  headings: RawHeading[];
  blocks: Block[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const TABLE_LINE = /^ {0,3}\|/;

/** Splits on LF, CRLF or CR, keeping line numbering identical to an editor's. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
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
function findFrontMatter(lines: string[]): { startLine: number; endLine: number } | undefined {
  if (!/^\uFEFF?---[ \t]*$/.test(lines[0] ?? '')) return undefined;
  for (let i = 1; i < lines.length; i++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i] ?? '')) return { startLine: 0, endLine: i + 1 };
  }
  return undefined;
}

/** Scans every line once. Blocks split at every ATX heading outside code. */
export function scanLines(text: string): LineScan {
  const lines = splitLines(text);
  const kinds: LineKind[] = new Array<LineKind>(lines.length);
  const headings: RawHeading[] = [];
  const blocks: Block[] = [];
  const fm = findFrontMatter(lines);
  let i = 0;
  if (fm) for (; i < fm.endLine; i++) kinds[i] = 'front-matter';
  let blockStart = i;
  let fence: string | null = null;
  let inComment = false;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (fence !== null) {
      kinds[i] = 'code';
      const m = FENCE.exec(line);
      if (
        m &&
        m[1]?.[0] === fence[0] &&
        (m[1]?.length ?? 0) >= fence.length &&
        !line.slice(m[0].length).trim()
      )
        fence = null;
      continue;
    }
    if (inComment) {
      kinds[i] = 'comment';
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      fence = f[1] ?? '```';
      kinds[i] = 'code';
      continue;
    }
    const h = ATX.exec(line);
    if (h) {
      const indent = h[1]?.length ?? 0;
      const level = h[2]?.length ?? 1;
      const [textStart, textEnd] = headingText(line, indent, level);
      headings.push({ line: i, level, textStart, textEnd });
      kinds[i] = 'heading';
      if (i > blockStart) blocks.push({ startLine: blockStart, endLine: i });
      blockStart = i;
      continue;
    }
    if (/^\s*$/.test(line)) kinds[i] = 'blank';
    else if (/^ {0,3}<!--/.test(line)) {
      kinds[i] = 'comment';
      inComment = !line.includes('-->');
    } else kinds[i] = TABLE_LINE.test(line) ? 'table' : 'text';
  }
  if (lines.length > blockStart) blocks.push({ startLine: blockStart, endLine: lines.length });
  return { lines, kinds, ...(fm ? { frontMatter: fm } : {}), headings, blocks };
}
