// Markdown parsing of one block with unified + remark-parse + remark-gfm, cached by the block's text.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent, Table } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm);

/** What the parser keeps of a block: its tables, with lines relative to the block's first line. */
export interface BlockAst {
  /** Plain text of the heading on the block's first line, when there is one. */
  heading?: string;
  /** Each table: its first and last line (0-based, relative) and each row's cell texts. */
  tables: { startLine: number; endLine: number; rows: string[][] }[];
}

/** An ATX heading line: a block that starts with one and has no pipe needs only that line parsed. */
export const HEADING_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;

const CACHE_LIMIT = 20_000;
const cache = new Map<string, BlockAst>();

/** Plain text of an inline tree: markup removed, `<br>` read as a space. */
function cellText(node: RootContent): string {
  if ('children' in node) {
    return node.children
      .map((c) => (c.type === 'html' && /^<br\s*\/?>$/i.test(c.value) ? ' ' : cellText(c)))
      .join('');
  }
  return node.type === 'html' ? '' : toString(node);
}

/** Collapses whitespace and trims. */
function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Extracts what the model needs from a block's mdast. */
function extract(root: Root): BlockAst {
  const tables: BlockAst['tables'] = [];
  const visit = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'table') tables.push(readTable(node));
      else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading')
        visit(node.children);
    }
  };
  visit(root.children);
  const first = root.children[0];
  const heading =
    first?.type === 'heading' && first.position?.start.line === 1
      ? clean(cellText(first))
      : undefined;
  return heading === undefined ? { tables } : { heading, tables };
}

/** A table's line span and cell texts. */
function readTable(table: Table): BlockAst['tables'][number] {
  return {
    startLine: (table.position?.start.line ?? 1) - 1,
    endLine: (table.position?.end.line ?? 1) - 1,
    rows: table.children.map((row) => row.children.map((cell) => clean(cellText(cell)))),
  };
}

/** Stores a block's result, dropping the least recently used one past the limit. */
function remember(text: string, ast: BlockAst): BlockAst {
  cache.set(text, ast);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return ast;
}

/**
 * Parses blocks (each cached by its content; a hit costs one map lookup). Only tables and headings
 * are read from the syntax tree, so a block without a pipe cannot hold a table and only its heading
 * line is parsed — and all such heading lines go through the Markdown parser together, in one call.
 */
export function parseBlocks(texts: string[]): BlockAst[] {
  const out: (BlockAst | undefined)[] = texts.map((text) => {
    const hit = cache.get(text);
    if (hit) {
      cache.delete(text);
      cache.set(text, hit);
    }
    return hit;
  });
  const headingOnly: number[] = [];
  texts.forEach((text, i) => {
    if (out[i]) return;
    const firstLine = text.slice(0, (text.indexOf('\n') + 1 || text.length + 1) - 1);
    if (text.includes('|') || !HEADING_LINE.test(firstLine)) {
      out[i] = remember(text, parseTables(text));
    } else headingOnly.push(i);
  });
  // A heading line without inline markup needs no Markdown parser: its text is what it reads.
  const unplain = headingOnly.filter((i) => {
    const first = (texts[i] as string).split('\n', 1)[0] as string;
    const heading = plainHeading(first);
    if (heading === undefined) return true;
    out[i] = remember(texts[i] as string, { heading, tables: [] });
    return false;
  });
  if (unplain.length) {
    // One heading per paragraph-separated line: the n-th heading node belongs to the n-th block.
    const lines = unplain.map((i) => (texts[i] as string).split('\n', 1)[0] as string);
    const root = processor.parse(lines.join('\n\n'));
    unplain.forEach((i, n) => {
      const node = root.children[n];
      const heading = node?.type === 'heading' ? clean(cellText(node)) : '';
      out[i] = remember(texts[i] as string, { heading, tables: [] });
    });
  }
  return out as BlockAst[];
}

/** A block's tables and heading as the Markdown parser reads the whole text (the reference for tests). */
export function parseWhole(text: string): BlockAst {
  return extract(processor.parse(text));
}

/** A delimiter row's line: only pipes, colons, dashes and spaces. */
const DELIMITER = /^[\s|:-]*$/;

/** A row line the parser need not read: it starts with a pipe and holds no inline markup. */
function plainRow(line: string): boolean {
  return line.startsWith('|') && !DELIMITER.test(line) && !INLINE.test(line);
}

/** The cells of a plain row line: the text between its pipes, as the parser reads them. */
function plainCells(line: string): string[] {
  const parts = line.split('|');
  parts.shift(); // nothing before the first pipe
  if (/\|\s*$/.test(line)) parts.pop();
  return parts.map(clean);
}

/**
 * A block's tables and heading, with the parser spared the plain rows inside a table body: a plain
 * row that follows two pipe lines and is not a header (the line after it is no delimiter row) cannot
 * change the table's shape, so it is left out of the parse and its cells are read from the line. The
 * parser's cost is per cell (≈ 0.5 ms a row): a 5,000-row summary table was 2.7 s of a cold check.
 */
export function parseTables(text: string): BlockAst {
  const lines = text.split('\n');
  // The heading read is the block's first node: an ATX heading is its first line alone, but a setext
  // heading's text runs down to its underline, so rows are left out only after the first blank line.
  const atx = HEADING_LINE.test(lines[0] ?? '');
  let from = atx ? 1 : lines.findIndex((l) => l.trim() === '');
  if (from < 0) from = lines.length;
  const isDelimiter = (l: string | undefined): boolean =>
    l !== undefined && l.includes('-') && DELIMITER.test(l);
  const pipe = (k: number): boolean => (lines[k] ?? '').startsWith('|');
  const kept: number[] = [];
  let left = 0;
  lines.forEach((line, k) => {
    const skip =
      k >= from + 2 && plainRow(line) && pipe(k - 1) && pipe(k - 2) && !isDelimiter(lines[k + 1]);
    if (skip) left++;
    else kept.push(k);
  });
  if (left === 0) return extract(processor.parse(text));
  const ast = extract(processor.parse(kept.map((k) => lines[k]).join('\n')));
  for (const table of ast.tables) {
    const s = table.startLine;
    const e = table.endLine;
    const start = kept[s] as number;
    const end = (kept[e + 1] ?? lines.length) - 1;
    const rows: string[][] = [table.rows[0] ?? []];
    let m = s + 2; // the next kept body line
    for (let k = start + 2; k <= end; k++) {
      if (kept[m] === k) {
        rows.push(table.rows[m - s - 1] ?? []);
        m++;
      } else rows.push(plainCells(lines[k] as string));
    }
    table.startLine = start;
    table.endLine = end;
    table.rows = rows;
  }
  return ast;
}

/** Characters that may start inline markup (emphasis, code, links, HTML, entities, escapes, strikethrough). */
const INLINE = /[*_`[\]<>&\\~!]/;

/**
 * The text of an ATX heading line that holds no inline markup, exactly as the Markdown parser reads it
 * (the `#`s and an optional closing sequence removed, spaces collapsed); undefined when it holds markup
 * (the parser must read it) or is not a heading.
 */
export function plainHeading(line: string): string | undefined {
  const m = /^ {0,3}#{1,6}(?:[ \t]+|$)(.*)$/.exec(line);
  if (!m) return undefined;
  let content = m[1] ?? '';
  if (INLINE.test(content)) return undefined;
  // A closing sequence: spaces, then #s, then spaces, at the end (or the whole content being #s).
  content = content.replace(/(?:^|[ \t]+)#+[ \t]*$/, '');
  return clean(content);
}

/** Empties the block cache (benchmarks measure cold parses with it). */
export function clearBlockCache(): void {
  cache.clear();
}
