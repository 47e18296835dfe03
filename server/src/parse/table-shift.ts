// Summary-table reads moved by lines inserted or deleted above them, copied field by field: on the 10×
// plan's 410-row table the generic walk of model/moved.ts (`shiftedLines`) took ~10 ms per Enter in
// the foreword. A field with a position added to TableRow must be shifted here too: test/incremental
// compares every moved table with a fresh read, so one left out fails there.
import type { AmountCell, Cell, GroupRef, Range, TableRow } from '../model/types.js';
import { recordMove, shiftedLines } from '../model/moved.js';
import { LineCell } from '../model/cell.js';
import type { PartRead } from './table.js';

/** A moved line's new number (an unmoved line's own). */
type LineMap = (line: number) => number;

/**
 * Copies rows, cells and groups with their lines mapped. Every copy goes into `memo` (the one that
 * `shiftedLines` uses in the same step), so an object shared by several rows stays shared.
 */
export class RowShifter {
  constructor(
    private readonly map: LineMap,
    private readonly memo: Map<object, unknown>,
  ) {}

  /** A row with its lines mapped; the row itself when its line does not move. */
  row(r: TableRow): TableRow {
    const line = this.map(r.line);
    // Nothing in a row that stays on its line moves: what it refers to is on it or above it.
    if (line === r.line) return r;
    const known = this.memo.get(r) as TableRow | undefined;
    if (known) return known;
    // The row's own cells are copied without the memo (a third of the work): the project cell, the
    // note and the amounts are among them. A group's cell goes through the memo, as groups are shared.
    const cells = r.cells.map((c) => this.moved(c));
    const own = (c: Cell): Cell =>
      r.cells[c.index] === c ? (cells[c.index] as Cell) : this.cell(c);
    const amount = (a: AmountCell): AmountCell => ({
      cell: own(a.cell),
      value: a.value,
      invalid: a.invalid,
    });
    const years = new Map<number, AmountCell>();
    for (const [year, a] of r.years) years.set(year, amount(a));
    const out: TableRow = { ...r, line, range: this.range(r.range), cells, years };
    if (r.dimension) out.dimension = this.group(r.dimension);
    if (r.mission) out.mission = this.group(r.mission);
    if (r.numberRange) out.numberRange = this.range(r.numberRange);
    if (r.nameRange) out.nameRange = this.range(r.nameRange);
    if (r.projectCell) out.projectCell = own(r.projectCell);
    if (r.total) out.total = amount(r.total);
    if (r.count) out.count = { value: r.count.value, range: this.range(r.count.range) };
    if (r.note) out.note = own(r.note);
    this.memo.set(r, out);
    return recordMove(out, r);
  }

  /** A group with its cell's line mapped (the same object when the cell does not move). */
  group(g: GroupRef): GroupRef;
  group(g: GroupRef | undefined): GroupRef | undefined;
  group(g: GroupRef | undefined): GroupRef | undefined {
    if (!g) return undefined;
    const known = this.memo.get(g) as GroupRef | undefined;
    if (known) return known;
    const cell = this.cell(g.cell);
    const out = cell === g.cell ? g : recordMove({ ...g, cell }, g);
    this.memo.set(g, out);
    return out;
  }

  private cell(c: Cell): Cell {
    const known = this.memo.get(c) as Cell | undefined;
    if (known) return known;
    const out = this.moved(c);
    this.memo.set(c, out);
    return out;
  }

  /** The cell on its mapped line (itself when its line does not move). */
  private moved(c: Cell): Cell {
    if (c instanceof LineCell) {
      const line = this.map(c.line);
      return line === c.line ? c : c.onLine(line);
    }
    const range = this.range(c.range);
    return range === c.range ? c : { ...c, range };
  }

  private range(r: Range): Range {
    const start = this.map(r.start.line);
    const end = this.map(r.end.line);
    if (start === r.start.line && end === r.end.line) return r;
    return {
      start: { line: start, character: r.start.character },
      end: { line: end, character: r.end.character },
    };
  }
}

/** A part's read with its lines mapped, recorded as a move of the old read. */
export function shiftRead(read: PartRead, map: LineMap, memo: Map<object, unknown>): PartRead {
  const s = new RowShifter(map, memo);
  const { dimension, mission } = read.end;
  const out: PartRead = {
    part: shiftedLines(read.part, map, memo),
    rows: read.rows.map((r) => s.row(r)),
    end: {
      ...(dimension ? { dimension: s.group(dimension) } : {}),
      ...(mission ? { mission: s.group(mission) } : {}),
    },
    states: {
      dimensions: read.states.dimensions.map((g) => s.group(g)),
      missions: read.states.missions.map((g) => s.group(g)),
    },
  };
  return recordMove(out, read);
}
