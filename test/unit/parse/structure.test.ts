// The parser on a small plan that uses every heading and table form the format allows.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parsePlan } from '../../../server/src/parse/index.js';
import type { Range } from '../../../server/src/model/types.js';

const text = readFileSync(
  new URL('../../fixtures/parse/structure.plan.md', import.meta.url),
  'utf8',
);
const plan = parsePlan(text);
const lines = text.split('\n');
const slice = (r: Range | undefined): string =>
  r ? (lines[r.start.line] ?? '').slice(r.start.character, r.end.character) : '<none>';
const baht = (m: Map<number, bigint>): string[] => [...m].map(([y, v]) => `${y}:${v / 100n}`);

describe('parse/structure', () => {
  it('finds dimensions by text (Thai digits, English), ignoring headings in code', () => {
    assert.deepEqual(
      plan.dimensions.map((d) => [d.number, d.title, slice(d.numberRange)]),
      [
        [1, 'การสร้างสังคม', '๑'],
        [2, 'การบริหาร', '2'],
      ],
    );
    assert.equal(plan.lineKinds.get(10), 'code');
  });

  it('nests missions and projects, with number and name ranges', () => {
    const [d1] = plan.dimensions;
    assert.deepEqual(
      d1?.missions.map((m) => [m.dimensionNumber, m.number, slice(m.numberRange)]),
      [[1, 1, '1.1']],
    );
    assert.deepEqual(
      plan.projects.map((p) => [
        p.number,
        p.name,
        slice(p.numberRange),
        slice(p.nameRange),
        p.dimensionIndex,
        p.missionIndex,
      ]),
      [
        [1, 'โครงการ ก', '1', 'โครงการ ก', 0, 0],
        [2, 'โครงการ ข', '2', 'โครงการ ข', 0, 0],
        [3, 'โครงการ ค', '3', 'โครงการ ค', 1, -1],
      ],
    );
  });

  it('reads sections one level below the project, with aliases and emptiness', () => {
    const [p1, p2] = plan.projects;
    assert.deepEqual(
      p1?.sections.map((s) => [s.title, s.canonical, s.empty]),
      [
        ['หลักการและเหตุผล', 'หลักการและเหตุผล', false],
        ['งบประมาณ', 'งบประมาณดำเนินการ', false],
      ],
    );
    assert.deepEqual(
      p2?.sections.map((s) => [s.canonical, s.empty]),
      [
        ['ผลผลิต', true],
        ['งบประมาณดำเนินการ', false],
      ],
    );
  });

  it('reads budgets per year, from a table, and ไม่ใช้งบประมาณ', () => {
    assert.deepEqual(
      plan.projects.map((p) => [p.budget.kind, baht(p.budget.amounts)]),
      [
        ['per-year', ['2566:10000', '2567:20000']],
        ['table', ['2566:0', '2567:5000']],
        ['none', ['2566:0', '2567:0']],
      ],
    );
  });

  it('finds the summary table columns by header text', () => {
    const t = plan.table;
    assert.ok(t);
    assert.deepEqual(
      t.columns.years.map((y) => y.year),
      [2566, 2567],
    );
    assert.deepEqual(
      [t.columns.dimension, t.columns.mission, t.columns.project, t.columns.note],
      [0, 1, 2, 5],
    );
  });

  it('reads rows: groups, numbers, blanks vs invalid amounts, totals and counts', () => {
    const rows = plan.table?.rows ?? [];
    assert.deepEqual(
      rows.map((r) => [
        r.kind,
        r.number,
        r.name,
        r.dimension?.number ?? null,
        r.mission?.number ?? null,
      ]),
      [
        ['project', 1, 'โครงการ ก', 1, 1],
        ['project', 2, 'โครงการ | ข', 1, 1],
        ['subtotal', null, 'จำนวน ๒ โครงการ', 1, null],
        ['project', 3, 'โครงการ ค', 2, null],
        ['grand-total', null, 'จำนวน 3 โครงการ', 2, null],
      ],
    );
    const [r1, r2, sub] = rows;
    assert.equal(r1?.years.get(2567)?.value, 2_000_000n);
    assert.equal(slice(r1?.years.get(2567)?.cell.range), '**๒๐,๐๐๐**');
    assert.deepEqual(
      [r2?.years.get(2566)?.value, r2?.years.get(2566)?.invalid, r2?.years.get(2567)?.invalid],
      [null, false, true],
    );
    assert.equal(slice(r2?.numberRange), '2');
    assert.equal(sub?.count?.value, 2);
    assert.equal(slice(sub?.count?.range), '๒');
  });

  it('does not treat numbered headings outside a dimension as projects', () => {
    assert.equal(
      plan.projects.some((p) => p.name.includes('ไม่ใช่โครงการ')),
      false,
    );
  });
});
