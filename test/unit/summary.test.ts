// computeSummary on a small hand-written plan: grouping, per-year sums, counts, unknown years, exact satang.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../server/src/parse/index.js';
import {
  computeSummary,
  type Summary,
  type SummaryTotals,
} from '../../server/src/model/summary.js';
import { defaultRequiredSections } from '../../server/src/model/required-sections.js';

/** The default required section names, in template order. */
const REQUIRED_NAMES = defaultRequiredSections.map((r) => r.name);

const sections = (budget: string): string =>
  REQUIRED_NAMES.map(
    (s) => `###### ${s}\n\n${s === 'งบประมาณดำเนินการ' ? budget : 'ข้อความ'}\n`,
  ).join('\n');

const text = `---
type: plan
title: แผนทดสอบ
organization: เทศบาลตำบลทดสอบ
years: 2566-2568
---

## ส่วนที่ 3 รายละเอียด

### มิติที่ 1 การสร้างสังคม

#### 1.1 จิตสำนึก

##### 1. โครงการ ก

${sections('ปี 2566 10,000 บาท ปี 2567 20,000.50 บาท ปี 2568 5,000 บาท')}
##### 2. โครงการ ข

${sections('ปีละ 1,234.25 บาท')}
### มิติที่ 2 การบริหาร

##### 3. โครงการ ค

${sections('ไม่ใช้งบประมาณ')}
##### 4. โครงการ ง

${sections('ห้าพันบาท')}
##### 5. โครงการ จ

${sections('ปี 2566 90,071,992,547,409.93 บาท')}
### มิติที่ 3 ว่าง
`;

const baht = (v: bigint): string => `${v / 100n}.${String(v % 100n).padStart(2, '0')}`;
const perYear = (m: Map<number, bigint>): string[] => [...m].map(([y, v]) => `${y}:${baht(v)}`);
const totals = (t: SummaryTotals) => ({
  count: t.count,
  years: perYear(t.amounts),
  total: baht(t.total),
});

describe('model/summary', () => {
  const summary: Summary = computeSummary(parsePlan(text));

  it('takes its years from the front matter and keeps title and organization', () => {
    assert.deepEqual(summary.years, [2566, 2567, 2568]);
    assert.equal(summary.title, 'แผนทดสอบ');
    assert.equal(summary.organization, 'เทศบาลตำบลทดสอบ');
  });

  it('groups projects by dimension and mission, keeping empty dimensions', () => {
    assert.equal(summary.hasMissions, true);
    assert.deepEqual(
      summary.groups.map((g) => [
        g.dimension?.number,
        g.dimension?.title,
        g.rows.map((r) => [
          r.number,
          r.name,
          r.mission && `${r.mission.dimensionNumber}.${r.mission.number}`,
        ]),
      ]),
      [
        [
          1,
          'การสร้างสังคม',
          [
            [1, 'โครงการ ก', '1.1'],
            [2, 'โครงการ ข', '1.1'],
          ],
        ],
        [
          2,
          'การบริหาร',
          [
            [3, 'โครงการ ค', null],
            [4, 'โครงการ ง', null],
            [5, 'โครงการ จ', null],
          ],
        ],
        [3, 'ว่าง', []],
      ],
    );
  });

  it('reads each project row from its budget section; an unreadable budget leaves years unknown', () => {
    const rows = summary.groups.flatMap((g) => g.rows);
    assert.deepEqual(
      rows.map((r) => [perYear(r.amounts), r.missingYears, baht(r.total)]),
      [
        [['2566:10000.00', '2567:20000.50', '2568:5000.00'], [], '35000.50'],
        [['2566:1234.25', '2567:1234.25', '2568:1234.25'], [], '3702.75'],
        [['2566:0.00', '2567:0.00', '2568:0.00'], [], '0.00'],
        [[], [2566, 2567, 2568], '0.00'],
        [['2566:90071992547409.93', '2567:0.00', '2568:0.00'], [], '90071992547409.93'],
      ],
    );
  });

  it('sums subtotals and the grand total exactly, with counts', () => {
    assert.deepEqual(
      summary.groups.map((g) => totals(g.subtotal)),
      [
        { count: 2, years: ['2566:11234.25', '2567:21234.75', '2568:6234.25'], total: '38703.25' },
        {
          count: 3,
          years: ['2566:90071992547409.93', '2567:0.00', '2568:0.00'],
          total: '90071992547409.93',
        },
        { count: 0, years: ['2566:0.00', '2567:0.00', '2568:0.00'], total: '0.00' },
      ],
    );
    assert.deepEqual(totals(summary.grandTotal), {
      count: 5,
      years: ['2566:90071992558644.18', '2567:21234.75', '2568:6234.25'],
      total: '90071992586113.18',
    });
  });

  it('puts projects outside any dimension in a group of their own, placed by the line of its first project', () => {
    const plan = parsePlan(text);
    const [first] = plan.projects;
    assert.ok(first);
    plan.dimensions[0]?.projects.shift();
    first.dimensionIndex = -1;
    const s = computeSummary(plan);
    assert.deepEqual(
      s.groups.map((g) => [g.dimension?.number ?? null, g.rows.map((r) => r.number)]),
      [
        [1, [2]],
        [null, [1]],
        [2, [3, 4, 5]],
        [3, []],
      ],
    );
    assert.equal(s.grandTotal.count, 5);
  });

  it('falls back to the years the budgets name when neither front matter nor table gives any', () => {
    const plan = parsePlan(text);
    plan.frontMatter.years = [];
    assert.deepEqual(computeSummary(plan).years, [2566, 2567, 2568]);
  });
});
