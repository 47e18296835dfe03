// A table cell as one small object: its range is made when first read. Moving a summary table's rows
// (lines inserted or deleted above it) then copies one object per cell, not four, and most moved
// cells never have their ranges read before the next edit moves them again.
import type { Cell, Range } from './types.js';
import { lineRange } from './line-range.js';

/** A cell of a table row on line `line`, its trimmed content from `from` to `to`. */
export class LineCell implements Cell {
  // A private field: made on demand, not part of what the cell is (deep equality ignores it).
  #range: Range | undefined;
  declare readonly absent?: boolean;

  constructor(
    readonly text: string,
    readonly index: number,
    readonly line: number,
    readonly from: number,
    readonly to: number,
    absent = false,
  ) {
    if (absent) this.absent = true;
  }

  get range(): Range {
    this.#range ??= lineRange(this.line, this.from, this.to);
    return this.#range;
  }

  /** The same cell on line `line`. */
  onLine(line: number): LineCell {
    return new LineCell(this.text, this.index, line, this.from, this.to, this.absent);
  }

  /** The cell as `Cell` spells it, its range included (for JSON dumps and comparisons). */
  toJSON(): Cell {
    const { text, index, range } = this;
    return { text, index, range, ...(this.absent ? { absent: true } : {}) };
  }
}

/** The cells of a row on line `line` from their texts and spans: `width` cells, those it lacks absent. */
export function placeCells(
  texts: readonly string[],
  width: number,
  line: number,
  raw: string,
  spans: readonly [number, number][],
): Cell[] {
  return Array.from({ length: width }, (_, index) => {
    const [from, to] = spans[index] ?? [raw.length, raw.length];
    return new LineCell(texts[index] ?? '', index, line, from, to, !spans[index]);
  });
}
