// The parse of each block of a plan: taken over from the previous version for a block the edit left
// alone, else from the content cache (parse/markdown.ts); and the tables found, placed in the document.
import type { Block, LineScan } from './lines.js';
import { KIND, LineKinds } from '../model/line-kinds.js';
import { HEADING_LINE, parseBlocks, type BlockAst } from './markdown.js';
import type { FoundTable } from './table.js';
import type { LineDiff } from './reuse.js';

/** The previous version's blocks and their parses, in the same order. */
export interface PrevBlocks {
  blocks: readonly Block[];
  asts: readonly BlockAst[];
}

/** The parse of each block: the previous one for a block the edit left alone, else from the block cache. */
export function blockAsts(scan: LineScan, prev?: PrevBlocks, diff?: LineDiff): BlockAst[] {
  const blocks = scan.blocks;
  const out = new Array<BlockAst | undefined>(blocks.length);
  const missing: number[] = [];
  const old = prev?.blocks ?? [];
  let k = 0; // walks the previous blocks alongside (both lists are in line order)
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const before = !!diff && b.endLine <= diff.prefix;
    const after = !!diff && !before && b.startLine >= diff.lineCount - diff.suffix;
    if (before || after) {
      const shift = before ? 0 : (diff as LineDiff).delta;
      while (k < old.length && (old[k] as Block).startLine < b.startLine - shift) k++;
      const o = old[k];
      if (o && o.startLine === b.startLine - shift && o.endLine === b.endLine - shift) {
        out[i] = prev?.asts[k];
        continue;
      }
    }
    missing.push(i);
  }
  const parsed = parseBlocks(missing.map((i) => blockText(scan.lines, blocks[i] as Block)));
  missing.forEach((i, n) => (out[i] = parsed[n]));
  return out as BlockAst[];
}

/**
 * What the block parser needs of a block. A heading's block without a pipe holds no table, so its
 * parse is its heading line's: only that line is joined and hashed (most blocks of a plan are these).
 */
function blockText(lines: readonly string[], b: Block): string {
  const first = lines[b.startLine] ?? '';
  if (HEADING_LINE.test(first)) {
    let pipe = false;
    for (let l = b.startLine; l < b.endLine && !pipe; l++) pipe = (lines[l] ?? '').includes('|');
    if (!pipe) return first;
  }
  return lines.slice(b.startLine, b.endLine).join('\n');
}

const placed = new WeakMap<BlockAst, { start: number; tables: FoundTable[] }>();
/** The tables of a block with none: one array for all (nearly all of the 50× plan's 25,000 blocks). */
const NONE: readonly FoundTable[] = Object.freeze([]);

/** A block's tables at its place in the document (the same objects while the block stays put). */
export function tablesAt(ast: BlockAst, start: number): readonly FoundTable[] {
  if (ast.tables.length === 0) return NONE;
  const known = placed.get(ast);
  if (known?.start === start) return known.tables;
  const tables = ast.tables.map((t) => ({
    startLine: t.startLine + start,
    endLine: t.endLine + start,
    rows: t.rows,
  }));
  placed.set(ast, { start, tables });
  return tables;
}

/**
 * The scanned kinds with every line of a table marked `table`. Given the previous version's marked
 * kinds and a scan that re-read only some lines, only those lines are marked again (outside them the
 * blocks, and so their tables, are the previous ones); when they mark the same, the previous array is
 * kept (it is never changed once made).
 */
export function markTables(scan: LineScan, tables: FoundTable[], before?: LineKinds): LineKinds {
  const r = scan.rescanned;
  const from = before && r ? r.from : 0;
  const to = before && r ? r.to : scan.kinds.length;
  const part = scan.kinds.codesOf(from, to);
  for (const t of tables) {
    if (t.endLine < from || t.startLine >= to) continue;
    part.fill(KIND.table, Math.max(t.startLine, from) - from, Math.min(t.endLine + 1, to) - from);
  }
  if (!before || !r) return LineKinds.fromCodes(part);
  if (r.delta === 0 && before.sameRun(from, part)) return before;
  return before.spliced(from, to - r.delta - from, part);
}
