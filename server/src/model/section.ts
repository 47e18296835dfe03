// A project's section whose content range is carried as first read plus how far it has moved since:
// moving a project (lines inserted or deleted above it) then copies one object per section, and the
// range is made only if someone reads it before the next move (the parser reads it only for a budget
// section it reads again).
import type { Heading, Range, Section } from './types.js';
import { shiftRange } from './line-range.js';

/** A section of a project, as `Section` describes it. */
export class PlanSection implements Section {
  readonly title: string;
  readonly normTitle: string;
  readonly canonical: string | null;
  readonly heading: Heading;
  declare readonly form?: 'bold' | 'numbered';
  readonly text: string;
  readonly empty: boolean;
  // Private fields: how the range is kept, not part of what the section is (`toJSON` gives the range).
  #base: Range;
  #moved: number;
  #range: Range | undefined;

  /** `fields` with `heading`, its content at `contentRange` moved `moved` lines further down. */
  constructor(
    fields: Omit<Section, 'contentRange' | 'heading'>,
    heading: Heading,
    contentRange: Range,
    moved = 0,
  ) {
    this.title = fields.title;
    this.normTitle = fields.normTitle;
    this.canonical = fields.canonical;
    this.heading = heading;
    if (fields.form) this.form = fields.form;
    this.text = fields.text;
    this.empty = fields.empty;
    this.#base = contentRange;
    this.#moved = moved;
  }

  get contentRange(): Range {
    this.#range ??= this.#moved ? shiftRange(this.#base, this.#moved) : this.#base;
    return this.#range;
  }

  /** The same section `delta` lines further down, under its moved heading. */
  movedBy(delta: number, heading: Heading): PlanSection {
    return new PlanSection(this, heading, this.#base, this.#moved + delta);
  }

  /** The section as `Section` spells it, its range included (for JSON dumps and comparisons). */
  toJSON(): Section {
    return {
      title: this.title,
      normTitle: this.normTitle,
      canonical: this.canonical,
      heading: this.heading,
      ...(this.form ? { form: this.form } : {}),
      contentRange: this.contentRange,
      text: this.text,
      empty: this.empty,
    };
  }
}
