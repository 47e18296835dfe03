// Rows of a summary-table part kept from the previous read: when one cell of a 400-row table changes,
// the other rows are not read again. A row is kept when its line is unchanged, it has the same row
// before it, and the same dimension and mission are open where it starts; a row moved by lines
// inserted or deleted above it inside the table is copied with its lines shifted.
import type { GroupRef, TableColumns, TableRow } from '../model/types.js';
import { RowShifter } from './table-shift.js';

/** The groups open before each row of a part, and after its last row (one longer than the rows). */
export interface RowStates {
  dimensions: (GroupRef | undefined)[];
  missions: (GroupRef | undefined)[];
}

/** What the previous version's read of a part gives the new read of the same table. */
export interface OldPart {
  rows: TableRow[];
  states: RowStates;
  columns: TableColumns;
  headerLine: number;
  /** 2 when the header had a second row (read into the columns), else 1. */
  headerRows: number;
  index: number;
}

/** How the previous version's lines map to the new one's. */
export interface LineMaps {
  /** The previous version's line of an unchanged new line, or -1 for an edited line. */
  oldLine(line: number): number;
  /** The new line of an unchanged old line. */
  newLine(line: number): number;
  /** One per analysis step: objects shared by shifted rows stay shared. */
  memo: Map<object, unknown>;
}

/** A kept row and the groups open after it. */
export interface KeptRow {
  row: TableRow;
  dimension: GroupRef | undefined;
  mission: GroupRef | undefined;
}

/** Finds the rows of a new read that the previous read of the table already has. */
export class RowReuse {
  private readonly at = new Map<number, number>();
  private readonly shifter: RowShifter;

  private constructor(
    private readonly old: OldPart,
    private readonly maps: LineMaps,
  ) {
    old.rows.forEach((r, i) => this.at.set(r.line, i));
    this.shifter = new RowShifter((l) => maps.newLine(l), maps.memo);
  }

  /**
   * The reuse for a part whose header is at `headerLine` (`subHeader`: it has a second header row),
   * when the columns are the old ones: the part has the same index, its header line is unchanged,
   * and so is the second header row, if either version had one.
   */
  static of(
    old: OldPart | undefined,
    maps: LineMaps | undefined,
    headerLine: number,
    index: number,
    subHeader: boolean,
  ): RowReuse | undefined {
    if (!old || !maps || old.index !== index || old.headerLine !== headerLine) return undefined;
    if (maps.oldLine(headerLine) !== headerLine) return undefined;
    const twoRows = subHeader || old.headerRows === 2;
    if (twoRows && maps.oldLine(headerLine + 2) !== headerLine + 2) return undefined;
    return new RowReuse(old, maps);
  }

  /** The columns of the previous read (its header is unchanged). */
  get columns(): TableColumns {
    return this.old.columns;
  }

  /** The previous read's row for the row at `line`, or undefined when it must be read again. */
  take(
    line: number,
    first: boolean,
    before: TableRow | undefined,
    dimension: GroupRef | undefined,
    mission: GroupRef | undefined,
  ): KeptRow | undefined {
    const { maps, old } = this;
    const was = maps.oldLine(line);
    const i = was < 0 ? undefined : this.at.get(was);
    if (i === undefined) return undefined;
    if (first !== (was === old.headerLine + 2)) return undefined;
    if (before?.kind !== old.rows[i - 1]?.kind) return undefined;
    const s = this.shifter;
    if (s.group(old.states.dimensions[i]) !== dimension) return undefined;
    if (s.group(old.states.missions[i]) !== mission) return undefined;
    return {
      row: s.row(old.rows[i] as TableRow),
      dimension: s.group(old.states.dimensions[i + 1]),
      mission: s.group(old.states.missions[i + 1]),
    };
  }

  /**
   * The group a row read again opens, as the previous read's object when it reads the same (the row's
   * dimension cell unchanged while another cell was edited): the rows after it are then kept again.
   */
  canonical(group: GroupRef, line: number, kind: 'dimensions' | 'missions'): GroupRef {
    const was = this.maps.oldLine(line);
    const i = this.at.get(was < 0 ? line : was);
    if (i === undefined) return group;
    const mapped = this.shifter.group(this.old.states[kind][i + 1]);
    return mapped && sameGroup(group, mapped) ? mapped : group;
  }
}

/** True when two group references read the same from the same place. */
function sameGroup(a: GroupRef, b: GroupRef): boolean {
  const [x, y] = [a.cell, b.cell];
  return (
    a.number === b.number &&
    a.dimensionNumber === b.dimensionNumber &&
    a.title === b.title &&
    x.text === y.text &&
    x.index === y.index &&
    x.absent === y.absent &&
    x.range.start.line === y.range.start.line &&
    x.range.start.character === y.range.start.character &&
    x.range.end.line === y.range.end.line &&
    x.range.end.character === y.range.end.character
  );
}
