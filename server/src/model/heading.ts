// A heading of the model as one small object: its ranges are made when first read. A moved copy of a
// heading (lines inserted or deleted above it) is then one allocation, not seven, and most moved
// headings never have their ranges read before the next edit moves them again.
import type { Heading, Range } from './types.js';
import { lineRange } from './line-range.js';

/** A heading on one line: the whole line up to `end`, its text from `textStart` to `textEnd`. */
export class LineHeading implements Heading {
  // Private fields: made on demand, not part of what the heading is (deep equality ignores them).
  #range: Range | undefined;
  #textRange: Range | undefined;
  /** The heading this one is a moved copy of, and the analysis it was made in (model/moved.ts). */
  #from: LineHeading | undefined;
  #madeIn = 0;

  constructor(
    readonly level: number,
    readonly text: string,
    readonly line: number,
    /** The character where the heading's range ends (the line's end for a `#` heading). */
    readonly end: number,
    readonly textStart: number,
    readonly textEnd: number,
  ) {}

  get range(): Range {
    this.#range ??= lineRange(this.line, 0, this.end);
    return this.#range;
  }

  get textRange(): Range {
    this.#textRange ??= lineRange(this.line, this.textStart, this.textEnd);
    return this.#textRange;
  }

  /**
   * The same heading `delta` lines further down (up when negative), made in analysis `run`: it knows
   * it is a copy of this one during that analysis (`movedFromIn`), without an entry in the map of
   * moves (the 50× plan moves up to 25,000 headings per edit).
   */
  movedBy(delta: number, run: number): LineHeading {
    const copy = new LineHeading(
      this.level,
      this.text,
      this.line + delta,
      this.end,
      this.textStart,
      this.textEnd,
    );
    copy.#from = this;
    copy.#madeIn = run;
    // This heading's own origin is of an earlier analysis: forgotten, so that no chain of versions lives on.
    if (this.#madeIn !== run) this.#from = undefined;
    return copy;
  }

  /** The heading this one is a moved copy of, if it was made so in analysis `run`. */
  movedFromIn(run: number): LineHeading | undefined {
    return this.#madeIn === run ? this.#from : undefined;
  }

  /** The heading as `Heading` spells it, its ranges included (for JSON dumps and comparisons). */
  toJSON(): Heading {
    const { level, text, line, range, textRange } = this;
    return { level, text, line, range, textRange };
  }
}
