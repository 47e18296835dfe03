// How each line of a plan is used, one byte per line. A plan of 128,000 lines then keeps its kinds in
// 128 KB outside the JavaScript heap; as an array of strings they took 1 MB of the large-object space,
// and each edit that copied them cost milliseconds and pushed the garbage collector towards a full mark.
import type { LineKind } from './types.js';

/** Every kind, by its one-byte code. */
const KINDS: readonly LineKind[] = [
  'front-matter',
  'code',
  'heading',
  'table',
  'text',
  'blank',
  'comment',
];

/** The one-byte code of each kind. */
export const KIND = {
  frontMatter: 0,
  code: 1,
  heading: 2,
  table: 3,
  text: 4,
  blank: 5,
  comment: 6,
} as const;

/** The kinds of a version's lines. Never changed once made: a new version that changes none keeps it. */
export class LineKinds {
  private constructor(private readonly codes: Uint8Array) {}

  /** From the codes found by a scan (taken over, not copied). */
  static fromCodes(codes: Uint8Array): LineKinds {
    return new LineKinds(codes);
  }

  /** From kinds given by name (tests, small documents). */
  static of(kinds: readonly LineKind[]): LineKinds {
    return new LineKinds(Uint8Array.from(kinds, (k) => KINDS.indexOf(k)));
  }

  /** The number of lines. */
  get length(): number {
    return this.codes.length;
  }

  /** The kind of a line; undefined outside the document. */
  get(line: number): LineKind | undefined {
    return line >= 0 && line < this.codes.length ? KINDS[this.codes[line] as number] : undefined;
  }

  /** A copy of the codes of lines [from, to). */
  codesOf(from: number, to: number): Uint8Array {
    return this.codes.slice(from, to);
  }

  /** True when lines from `from` on have the codes of `part`, one for one. */
  sameRun(from: number, part: Uint8Array): boolean {
    if (from < 0 || from + part.length > this.codes.length) return false;
    for (let i = 0; i < part.length; i++) if (this.codes[from + i] !== part[i]) return false;
    return true;
  }

  /** True when lines [from, to) have the kinds that lines `moved` above them have in `other`. */
  sameAs(other: LineKinds, from: number, to: number, moved: number): boolean {
    if (other === this && moved === 0) return true;
    if (from - moved < 0 || to - moved > other.codes.length) return false;
    for (let l = from; l < to; l++) if (this.codes[l] !== other.codes[l - moved]) return false;
    return true;
  }

  /** A copy with the `count` lines from `from` replaced by lines of the codes `part`. */
  spliced(from: number, count: number, part: Uint8Array): LineKinds {
    const out = new Uint8Array(this.codes.length - count + part.length);
    out.set(this.codes.subarray(0, from));
    out.set(part, from);
    out.set(this.codes.subarray(from + count), from + part.length);
    return new LineKinds(out);
  }

  /** The lines of one kind, in order. */
  linesOf(kind: LineKind): number[] {
    const code = KINDS.indexOf(kind);
    const out: number[] = [];
    for (let l = 0; l < this.codes.length; l++) if (this.codes[l] === code) out.push(l);
    return out;
  }
}
