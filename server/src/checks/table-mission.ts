// table-mission: the mission numbers written in the summary table's mission column (1.1, 1.2 …) do not
// agree with the missions of the details, or — when the details have none — with themselves (a number
// skipped, one number for two missions, a mission under another dimension's number).
import { nameKey, similarity } from '../model/names.js';
import type { GroupRef, Mission, Plan, Range } from '../model/types.js';
import type { Check, Problem } from './types.js';
import { digitsLike, short, textAt } from './util.js';

/** Two mission titles name the same mission from this similarity on. */
const SAME_TITLE = 0.8;

/** A mission cell of the table with the dimension its rows are in. */
interface MissionCell {
  group: GroupRef;
  dimension: number | null;
}

/** Reports mission cells whose number disagrees with the details or with the table's own order. */
export const check: Check = {
  meta: {
    id: 'table-mission',
    description: {
      en: 'A mission number in the summary table (1.1, 1.2 …) is skipped, repeated for another mission, under another dimension, or not the details’ number for that mission.',
      th: 'เลขภารกิจในตารางสรุป (1.1, 1.2 …) ข้ามลำดับ ใช้ซ้ำกับภารกิจอื่น อยู่ผิดมิติ หรือไม่ตรงกับเลขภารกิจในรายละเอียดโครงการ',
    },
    defaultLevel: 'error',
    fixable: true,
    tags: ['table', 'numbering'],
  },
  run({ plan }) {
    const byDimension = new Map<number | null, MissionCell[]>();
    const seen = new Set<GroupRef>();
    // The place of each dimension in the table: a mission numbered by that place is right even when
    // the dimension's own number is wrong (which dimension-numbering reports).
    const places = new Map<number | null, number>();
    for (const row of plan.table?.rows ?? []) {
      const n = row.dimension?.number ?? null;
      if (row.kind === 'project' && n !== null && !places.has(n)) places.set(n, places.size + 1);
    }
    for (const row of plan.table?.rows ?? []) {
      const g = row.mission;
      if (!g || seen.has(g) || g.number === null) continue;
      seen.add(g);
      const dimension = row.dimension?.number ?? null;
      const cells = byDimension.get(dimension);
      if (cells) cells.push({ group: g, dimension });
      else byDimension.set(dimension, [{ group: g, dimension }]);
    }
    const problems: Problem[] = [];
    for (const [dimension, cells] of byDimension) {
      const details = plan.dimensions.find((d) => d.number === dimension && d.number !== null);
      for (const c of cells) {
        if (c.group.dimensionNumber === places.get(dimension)) continue;
        const p = wrongDimension(plan, c);
        if (p) problems.push(p);
      }
      if (details && details.missions.length > 0)
        problems.push(...againstDetails(plan, cells, details.missions));
      else problems.push(...onItsOwn(plan, cells));
    }
    return problems;
  },
};

/** `D.M` of a group. */
function label(g: GroupRef): string {
  return `${g.dimensionNumber ?? '?'}.${g.number ?? '?'}`;
}

/** Where `D.M` is written at the start of the cell (the whole cell when it cannot be found). */
function numberRange(plan: Plan, g: GroupRef): { range: Range; dimension: Range } | undefined {
  const text = textAt(plan, g.cell.range);
  const m = /([0-9\u0E50-\u0E59]+)\s*\.\s*([0-9\u0E50-\u0E59]+)/du.exec(text);
  const d = m?.indices?.[1];
  const n = m?.indices?.[2];
  if (!d || !n) return undefined;
  const { line, character } = g.cell.range.start;
  const at = ([a, b]: [number, number]): Range => ({
    start: { line, character: character + a },
    end: { line, character: character + b },
  });
  return { range: at(n), dimension: at(d) };
}

/** A problem at a mission cell, with a fix that writes another number when one is given. */
function problem(
  plan: Plan,
  g: GroupRef,
  message: Problem['message'],
  fix?: { dimension?: number; number?: number },
  also: GroupRef[] = [],
): Problem {
  const edits = [];
  for (const cell of [g, ...also]) {
    const where = numberRange(plan, cell);
    if (where && fix?.dimension !== undefined)
      edits.push({
        range: where.dimension,
        newText: digitsLike(fix.dimension, textAt(plan, where.dimension)),
      });
    if (where && fix?.number !== undefined)
      edits.push({
        range: where.range,
        newText: digitsLike(fix.number, textAt(plan, where.range)),
      });
  }
  const expected =
    fix && (fix.dimension !== undefined || fix.number !== undefined)
      ? `${fix.dimension ?? g.dimensionNumber ?? '?'}.${fix.number ?? g.number ?? '?'}`
      : undefined;
  return {
    range: g.cell.range,
    message,
    data: {
      actual: label(g),
      ...(expected ? { expected } : {}),
      ...(edits.length && expected
        ? {
            fixes: [{ title: { key: 'table-mission.fix', args: { expected } }, edits }],
          }
        : {}),
    },
  };
}

/** The cell's first number is not the dimension its rows are in. */
function wrongDimension(plan: Plan, c: MissionCell): Problem | undefined {
  const d = c.group.dimensionNumber;
  if (c.dimension === null || d === null || d === undefined || d === c.dimension) return undefined;
  return problem(
    plan,
    c.group,
    {
      key: 'table-mission.dimension',
      args: { actual: label(c.group), dimension: c.dimension },
    },
    { dimension: c.dimension },
  );
}

/** Similarity of two titles. */
function alike(a: string, b: string): number {
  return similarity(nameKey(a), nameKey(b));
}

/** The table's missions compared with the details' missions of the same dimension. */
function againstDetails(plan: Plan, cells: MissionCell[], missions: Mission[]): Problem[] {
  const problems: Problem[] = [];
  const list = missions.map((m) => `${m.dimensionNumber ?? '?'}.${m.number ?? '?'}`).join(', ');
  for (const { group: g } of cells) {
    const same = missions.find((m) => m.number === g.number);
    if (same && alike(same.title, g.title) >= SAME_TITLE) continue;
    const titled = missions.find((m) => alike(m.title, g.title) >= SAME_TITLE);
    if (titled && titled.number !== null) {
      problems.push(
        problem(
          plan,
          g,
          {
            key: 'table-mission.other-number',
            args: { actual: label(g), expected: `${titled.dimensionNumber}.${titled.number}` },
          },
          { number: titled.number },
        ),
      );
    } else if (same) {
      problems.push(
        problem(plan, g, {
          key: 'table-mission.other-title',
          args: { actual: label(g), title: short(g.title), details: short(same.title) },
        }),
      );
    } else {
      problems.push(
        problem(plan, g, {
          key: 'table-mission.not-in-details',
          args: { actual: label(g), title: short(g.title), missions: list },
        }),
      );
    }
  }
  return problems;
}

/**
 * The table's missions of one dimension checked against each other, when the details have none: a
 * title seen before is that mission again (and has its number); the missions are numbered 1 … k.
 */
function onItsOwn(plan: Plan, cells: MissionCell[]): Problem[] {
  const problems: Problem[] = [];
  const missions: { first: GroupRef; expected: number; cells: GroupRef[] }[] = [];
  for (const { group: g } of cells) {
    const known = missions.find((m) => alike(m.first.title, g.title) >= SAME_TITLE);
    if (known) {
      known.cells.push(g);
      const n = known.first.number as number;
      if (g.number !== n)
        problems.push(
          problem(
            plan,
            g,
            {
              key: 'table-mission.renumbered',
              args: { actual: label(g), expected: label(known.first) },
            },
            { number: n },
          ),
        );
      continue;
    }
    missions.push({ first: g, expected: missions.length + 1, cells: [] });
  }
  // The numbers should be 1 … k, one per mission: a mission keeps its number when it is in range and
  // its own (of several holders, the one whose place in the table is that number, else the first);
  // the others take the numbers left free, in table order.
  const k = missions.length;
  const keeps = new Set<(typeof missions)[number]>();
  for (let n = 1; n <= k; n++) {
    const holders = missions.filter((m) => m.first.number === n);
    const keeper = holders.find((m) => m.expected === n) ?? holders[0];
    if (keeper) keeps.add(keeper);
  }
  const kept = new Set([...keeps].map((m) => m.first.number));
  const free = [];
  for (let n = 1; n <= k; n++) if (!kept.has(n)) free.push(n);
  for (const m of missions) {
    if (keeps.has(m)) continue;
    const expected = free.shift();
    if (expected === undefined) continue;
    // The mission's later cells that repeat its first number are renumbered with it.
    const same = m.cells.filter((c) => c.number === m.first.number);
    problems.push(
      problem(
        plan,
        m.first,
        {
          key: 'table-mission.sequence',
          args: {
            actual: label(m.first),
            expected: `${m.first.dimensionNumber ?? '?'}.${expected}`,
          },
        },
        { number: expected },
        same,
      ),
    );
  }
  return problems;
}
