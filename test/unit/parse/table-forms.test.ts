// The summary table as offices write it: a table per dimension, a two-row header, money-source
// columns, repeated headers, totals in a table of their own, other tables left alone.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../server/src/engine.js';
import { parsePlan } from '../../../server/src/parse/index.js';
import type { TableRow } from '../../../server/src/model/types.js';
import { inlinePlan, sections } from '../../support/inline-plan.js';

/** Each row as `kind:dimension:number` (dimension and number when known). */
const shape = (rows: TableRow[] | undefined): string[] =>
  (rows ?? []).map((r) =>
    [r.kind, r.kind === 'grand-total' ? null : r.dimension?.number, r.number]
      .filter((x) => x !== null && x !== undefined)
      .join(':'),
  );

/** Amounts of a row per year in baht. */
const amounts = (r: TableRow | undefined): string[] =>
  [...(r?.years ?? new Map())].map(([y, c]) => `${y}:${c.value === null ? '-' : c.value / 100n}`);

/** Two projects under two dimensions, with the given budgets. */
const details = (b1 = 'ปีละ 20,000 บาท', b2 = 'ปีละ 5,000 บาท'): string[] => [
  '## มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต',
  '',
  '### 1.1 การเสริมสร้างจิตสำนึก',
  '',
  '#### 1. โครงการอบรมคุณธรรม',
  '',
  sections(b1),
  '## มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต',
  '',
  '### 2.1 การแสดงเจตจำนง',
  '',
  '#### 2. มาตรการเปิดเผยข้อมูล',
  '',
  sections(b2),
];

describe('parse/table forms', () => {
  it('reads one table per dimension, each under its caption, as parts of one table', () => {
    const text = inlinePlan(
      [
        '**มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต**',
        '',
        '| ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 | หมายเหตุ |',
        '| --- | --- | ---: | ---: | ---: | --- |',
        '| 1.1 การเสริมสร้างจิตสำนึก | 1. โครงการอบรมคุณธรรม | 20,000 | 20,000 | 20,000 | |',
        '| รวม | จำนวน 1 โครงการ | 20,000 | 20,000 | 20,000 | |',
        '',
        '### มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต',
        '',
        '| ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 | หมายเหตุ |',
        '| --- | --- | ---: | ---: | ---: | --- |',
        '| 2.1 การแสดงเจตจำนง | 2. มาตรการเปิดเผยข้อมูล | 5,000 | 5,000 | 5,000 | |',
        '| รวม | จำนวน 1 โครงการ | 5,000 | 5,000 | 5,000 | |',
        '',
        '| รวมทั้งสิ้น | จำนวน 2 โครงการ | 25,000 | 25,000 | 25,000 | |',
        '| --- | --- | ---: | ---: | ---: | --- |',
      ],
      details(),
    );
    const { plan, findings } = analyze(text);
    assert.equal(plan.table?.parts.length, 3);
    assert.deepEqual(
      plan.table?.parts.map((p) => [p.caption?.number ?? null, !!p.totalsOnly]),
      [
        [1, false],
        [2, false],
        [null, true],
      ],
    );
    assert.deepEqual(shape(plan.table?.rows), [
      'project:1:1',
      'subtotal:1',
      'project:2:2',
      'subtotal:2',
      'grand-total',
    ]);
    // The caption heading of the second table is not a dimension of the details.
    assert.deepEqual(
      plan.dimensions.map((d) => d.number),
      [1, 2],
    );
    assert.deepEqual(
      findings.map((f) => f.checkId),
      [],
    );
  });

  it('checks every part: a wrong total in the second table is found', () => {
    const text = inlinePlan(
      [
        '**มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต**',
        '',
        '| ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 |',
        '| --- | --- | ---: | ---: | ---: |',
        '| 1.1 การเสริมสร้างจิตสำนึก | 1. โครงการอบรมคุณธรรม | 20,000 | 20,000 | 20,000 |',
        '| รวม | จำนวน 1 โครงการ | 20,000 | 20,000 | 20,000 |',
        '',
        '**มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต**',
        '',
        '| ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 |',
        '| --- | --- | ---: | ---: | ---: |',
        '| 2.1 การแสดงเจตจำนง | 2. มาตรการเปิดเผยข้อมูล | 5,000 | 5,000 | 5,000 |',
        '| รวม | จำนวน 2 โครงการ | 5,000 | 6,000 | 5,000 |',
        '| รวมทั้งสิ้น | จำนวน 2 โครงการ | 25,000 | 25,000 | 25,000 |',
      ],
      details(),
    );
    const found = analyze(text).findings.map((f) => [f.checkId, f.data?.expected]);
    assert.deepEqual(found, [
      ['project-count', 1],
      ['dimension-total', '5,000'],
    ]);
  });

  it('reads a second header row: a year group over a plan amount and a money source', () => {
    const text = inlinePlan(
      [
        '| มิติ | ภารกิจ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | | ปี 2567 | | ปี 2568 | |',
        '| --- | --- | --- | ---: | --- | ---: | --- | ---: | --- |',
        '| | | | งบประมาณ (บาท) | แหล่งงบประมาณ | งบประมาณ (บาท) | แหล่งงบประมาณ | งบประมาณ (บาท) | แหล่งงบประมาณ |',
        '| มิติที่ 1 การสร้าง | 1.1 การเสริมสร้างจิตสำนึก | 1. โครงการอบรมคุณธรรม | 20,000 | เทศบัญญัติ | 20,000 | อุดหนุน | 20,000 | เทศบัญญัติ |',
        '| รวม | | จำนวน 1 โครงการ | 20,000 | | 20,000 | | 20,000 | |',
        '| มิติที่ 2 การบริหาร | 2.1 การแสดงเจตจำนง | 2. มาตรการเปิดเผยข้อมูล | 5,000 | เทศบัญญัติ | 5,000 | เทศบัญญัติ | 5,000 | เทศบัญญัติ |',
        '| รวม | | จำนวน 1 โครงการ | 5,000 | | 5,000 | | 5,000 | |',
        '| รวมทั้งสิ้น | | จำนวน 2 โครงการ | 25,000 | | 25,000 | | 25,000 | |',
      ],
      details(),
    );
    const { plan, findings } = analyze(text);
    const columns = plan.table?.columns;
    assert.deepEqual(
      columns?.years.map((y) => [y.year, y.index]),
      [
        [2566, 3],
        [2567, 5],
        [2568, 7],
      ],
    );
    assert.deepEqual(
      columns?.extras.map((y) => [y.year, y.index]),
      [
        [2566, 4],
        [2567, 6],
        [2568, 8],
      ],
    );
    assert.equal(plan.table?.parts[0]?.headerRows, 2);
    assert.equal(plan.table?.rows[0]?.kind, 'header');
    assert.deepEqual(amounts(plan.table?.rows[1]), ['2566:20000', '2567:20000', '2568:20000']);
    assert.deepEqual(
      findings.map((f) => f.checkId),
      [],
    );
  });

  it('reads งบประมาณ over the years, with the years in the second row', () => {
    const text = inlinePlan(
      [
        '| มิติ | ภารกิจ | โครงการ/กิจกรรม/มาตรการ | งบประมาณ (บาท) | | | หมายเหตุ |',
        '| --- | --- | --- | ---: | ---: | ---: | --- |',
        '| | | | 2566 | 2567 | 2568 | |',
        '| มิติที่ 1 การสร้าง | 1.1 การเสริมสร้างจิตสำนึก | 1. โครงการอบรมคุณธรรม | 20,000 | 20,000 | 20,000 | |',
        '| รวม | | จำนวน 1 โครงการ | 20,000 | 20,000 | 20,000 | |',
        '| มิติ | ภารกิจ | โครงการ/กิจกรรม/มาตรการ | งบประมาณ (บาท) | | | หมายเหตุ |',
        '| | | | 2566 | 2567 | 2568 | |',
        '| มิติที่ 2 การบริหาร | 2.1 การแสดงเจตจำนง | 2. มาตรการเปิดเผยข้อมูล | 5,000 | 5,000 | 5,000 | |',
        '| รวม | | จำนวน 1 โครงการ | 5,000 | 5,000 | 5,000 | |',
        '| รวมทั้งสิ้น | | จำนวน 2 โครงการ | 25,000 | 25,000 | 25,000 | |',
      ],
      details(),
    );
    const { plan, findings } = analyze(text);
    assert.deepEqual(
      plan.table?.columns.years.map((y) => y.year),
      [2566, 2567, 2568],
    );
    // The header repeated at a page break, and its second row, are header rows, not projects.
    assert.deepEqual(shape(plan.table?.rows), [
      'header',
      'project:1:1',
      'subtotal:1',
      'header',
      'header',
      'project:2:2',
      'subtotal:2',
      'grand-total',
    ]);
    assert.deepEqual(
      findings.map((f) => f.checkId),
      [],
    );
  });

  it('keeps a year written twice without a money-source word as two year columns (year-columns reports it)', () => {
    const text = inlinePlan(
      [
        '| โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2566 | ปี 2568 |',
        '| --- | ---: | ---: | ---: |',
        '| 1. โครงการอบรมคุณธรรม | 20,000 | 20,000 | 20,000 |',
      ],
      details(),
    );
    const found = analyze(text).findings.filter((f) => f.checkId === 'year-columns');
    assert.deepEqual(
      found.map((f) => f.message.key),
      ['year-columns.missing', 'year-columns.repeated'],
    );
  });

  it('leaves alone tables that are not the summary: no project column, a count of projects, other years, a project’s own table', () => {
    const text = inlinePlan(
      [
        '| ลำดับ | ความเสี่ยง | ปี 2566 |',
        '| --- | --- | --- |',
        '| 1 | การจัดซื้อจัดจ้าง | สูง |',
        '',
        '| ยุทธศาสตร์ | ปี 2566 จำนวนโครงการ | ปี 2566 งบประมาณ |',
        '| --- | ---: | ---: |',
        '| 1. การพัฒนาคน | 12 | 300,000 |',
        '',
        '| โครงการตามแผนเดิม | ปี 2564 | ปี 2565 |',
        '| --- | ---: | ---: |',
        '| 1. โครงการเดิม | 10,000 | 10,000 |',
        '',
        '| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 |',
        '| --- | --- | ---: | ---: | ---: |',
        '| มิติที่ 1 การสร้าง | 1. โครงการอบรมคุณธรรม | 20,000 | 20,000 | 20,000 |',
        '| รวม | จำนวน 1 โครงการ | 20,000 | 20,000 | 20,000 |',
        '| มิติที่ 2 การบริหาร | 2. มาตรการเปิดเผยข้อมูล | 5,000 | 5,000 | 5,000 |',
        '| รวม | จำนวน 1 โครงการ | 5,000 | 5,000 | 5,000 |',
        '| รวมทั้งสิ้น | จำนวน 2 โครงการ | 25,000 | 25,000 | 25,000 |',
      ],
      details(
        'ปีละ 20,000 บาท',
        [
          '| รายการ | ปี 2566 | ปี 2567 | ปี 2568 |',
          '| --- | ---: | ---: | ---: |',
          '| 2. ค่าวัสดุ (โครงการย่อย) | 5,000 | 5,000 | 5,000 |',
        ].join('\n'),
      ),
    );
    const { plan, findings } = analyze(text);
    assert.equal(plan.table?.parts.length, 1);
    assert.equal(plan.table?.rows.length, 5);
    assert.deepEqual(
      findings.map((f) => f.checkId),
      [],
    );
  });

  it('continues a dimension into a table split at a page break, but not after its total row', () => {
    const text = inlinePlan(
      [
        '| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 |',
        '| --- | --- | ---: | ---: | ---: |',
        '| มิติที่ 1 การสร้าง | 1. โครงการอบรมคุณธรรม | 20,000 | 20,000 | 20,000 |',
        '',
        '| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 |',
        '| --- | --- | ---: | ---: | ---: |',
        '| | 2. มาตรการเปิดเผยข้อมูล | 5,000 | 5,000 | 5,000 |',
        '| รวม | จำนวน 2 โครงการ | 25,000 | 25,000 | 25,000 |',
        '',
        '| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 |',
        '| --- | --- | ---: | ---: | ---: |',
        '| | 3. มาตรการใหม่ | 0 | 0 | 0 |',
      ],
      [],
    );
    const plan = parsePlan(text);
    assert.deepEqual(shape(plan.table?.rows), [
      'project:1:1',
      'project:1:2',
      'subtotal:1',
      'project:3',
    ]);
  });

  it('reads numbering that starts again in each mission, and matches rows by mission and number', () => {
    const text = inlinePlan(
      [
        '| มิติ | ภารกิจ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 |',
        '| --- | --- | --- | ---: | ---: | ---: |',
        '| มิติที่ 1 การสร้าง | 1.1 การเสริมสร้างจิตสำนึก | 1. โครงการอบรมคุณธรรม | 20,000 | 20,000 | 20,000 |',
        '| | 1.2 การสร้างจิตสำนึกแก่ประชาชน | 1. โครงการรณรงค์ | 0 | 0 | 0 |',
        '| | | 2. โครงการเยาวชนสุจริต | 0 | 0 | 0 |',
        '| | | 3. กิจกรรมวันต่อต้านคอร์รัปชัน | 0 | 0 | 0 |',
        '| รวม | | จำนวน 4 โครงการ | 20,000 | 20,000 | 20,000 |',
        '| รวมทั้งสิ้น | | จำนวน 4 โครงการ | 20,000 | 20,000 | 20,000 |',
      ],
      [
        '## มิติที่ 1 การสร้าง',
        '',
        '### 1.1 การเสริมสร้างจิตสำนึก',
        '',
        '#### 1. โครงการอบรมคุณธรรม',
        '',
        sections('ปีละ 20,000 บาท'),
        '### 1.2 การสร้างจิตสำนึกแก่ประชาชน',
        '',
        '#### 1. โครงการรณรงค์',
        '',
        sections('ไม่ใช้งบประมาณ'),
        '#### 2. โครงการเยาวชนสุจริต',
        '',
        sections('ไม่ใช้งบประมาณ'),
        '#### 4. กิจกรรมวันต่อต้านคอร์รัปชัน',
        '',
        sections('ไม่ใช้งบประมาณ'),
      ],
    );
    const { index, findings } = analyze(text);
    assert.equal(index.numbering, 'mission');
    assert.deepEqual(
      index.rowMatches.map((m) => m.byNumber?.name ?? null),
      ['โครงการอบรมคุณธรรม', 'โครงการรณรงค์', 'โครงการเยาวชนสุจริต', null],
    );
    // Project "4" of mission 1.2 should be 3 there; its row says 3 and names it, so the row also
    // disagrees with the details until one of them is corrected.
    assert.deepEqual(
      findings.map((f) => [f.checkId, f.message.key, f.data?.expected]),
      [
        ['table-project-mismatch', 'table-project-mismatch.no-number', 4],
        ['project-numbering', 'project-numbering.wrong-in-mission', 3],
      ],
    );
  });
});

describe('parse/table forms: what is not a header row', () => {
  it('a row of header words below a project row is a row of the table, not a header', () => {
    const text = inlinePlan(
      [
        '| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 |',
        '| --- | --- | ---: | ---: | ---: |',
        '| มิติที่ 1 การสร้าง | 1. โครงการอบรมคุณธรรม | 20,000 | 20,000 | 20,000 |',
        '| | แผนงานบริหารทั่วไป | | | |',
        '| | โครงการจัดทำแผนป้องกันการทุจริต | | | |',
      ],
      [],
    );
    const rows = parsePlan(text).table?.rows ?? [];
    assert.deepEqual(
      rows.map((r) => [r.kind, r.name]),
      [
        ['project', 'โครงการอบรมคุณธรรม'],
        ['project', 'แผนงานบริหารทั่วไป'],
        ['project', 'โครงการจัดทำแผนป้องกันการทุจริต'],
      ],
    );
  });
});

describe('parse/table forms: the forms fixture', () => {
  it('reads the plan in other offices’ forms used by the incremental test', () => {
    const text = readFileSync(
      new URL('../../fixtures/parse/forms.plan.md', import.meta.url),
      'utf8',
    );
    const plan = parsePlan(text);
    assert.deepEqual(shape(plan.table?.rows), [
      'header',
      'project:1:1',
      'project:1:2',
      'project:1:1',
      'subtotal:1',
      'project:2:1',
      'header',
      'project:2:2',
      'subtotal:2',
      'grand-total',
    ]);
  });
});
