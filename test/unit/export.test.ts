// The table exporters: Markdown that the parser reads back as a consistent summary table, CSV with BOM, JSON.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine.js';
import { parsePlan } from '../../server/src/parse/index.js';
import { computeSummary } from '../../server/src/model/summary.js';
import { renderMarkdown } from '../../server/src/export/markdown.js';
import { renderCsv } from '../../server/src/export/csv.js';
import { renderJson, type SummaryJson } from '../../server/src/export/json.js';
import { exporters, isExportFormat } from '../../server/src/export/index.js';
import { parseCsv } from '../cli/csv-parse.js';
import { templateSections } from '../support/inline-plan.js';

const sections = (project: string, budget: string): string =>
  templateSections(budget, (s) => `${s}ของ${project} เป็นข้อความเฉพาะของ${project}เท่านั้น`);

/** A plan whose summary table is `table` (empty: none). */
const planText = (table: string): string => `---
type: plan
title: แผนทดสอบ
organization: เทศบาลตำบลทดสอบ
years: 2566-2567
---

## ส่วนที่ 2 แผน

${table}
## ส่วนที่ 3 รายละเอียด

### มิติที่ 1 การสร้างสังคม

#### 1.1 จิตสำนึก

##### 1. โครงการ ก | ทดสอบ

${sections('โครงการก', 'ปี 2566 10,000 บาท ปี 2567 20,000.50 บาท')}
##### 2. โครงการ ข

${sections('โครงการข', 'ไม่ใช้งบประมาณ')}
#### 1.2 ความตระหนัก

##### 3. โครงการ ค

${sections('โครงการค', 'ปีละ 1,500 บาท')}
### มิติที่ 2 การบริหาร

##### 4. โครงการ ง

${sections('โครงการง', 'ปี 2567 7,000 บาท')}
`;

const summary = computeSummary(parsePlan(planText('')));

describe('export', () => {
  it('writes a GFM table in the NACC layout with missions, subtotals and the grand total', () => {
    assert.equal(
      renderMarkdown(summary),
      [
        '| มิติ | ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | รวม |',
        '| --- | --- | --- | ---: | ---: | ---: |',
        '| มิติที่ 1 การสร้างสังคม | 1.1 จิตสำนึก | 1. โครงการ ก \\| ทดสอบ | 10,000 | 20,000.50 | 30,000.50 |',
        '|  |  | 2. โครงการ ข | 0 | 0 | 0 |',
        '|  | 1.2 ความตระหนัก | 3. โครงการ ค | 1,500 | 1,500 | 3,000 |',
        '| รวม |  | จำนวน 3 โครงการ | 11,500 | 21,500.50 | 33,000.50 |',
        '| มิติที่ 2 การบริหาร |  | 4. โครงการ ง | 0 | 7,000 | 7,000 |',
        '| รวม |  | จำนวน 1 โครงการ | 0 | 7,000 | 7,000 |',
        '| รวมทั้งสิ้น |  | จำนวน 4 โครงการ | 11,500 | 28,500.50 | 40,000.50 |',
        '',
      ].join('\n'),
    );
  });

  it('writes Markdown that the parser reads back and the checks accept', () => {
    const text = planText(renderMarkdown(summary));
    const { plan, findings } = analyze(text);
    assert.deepEqual(
      plan.table?.rows.map((r) => [r.kind, r.number, r.count?.value ?? null]),
      [
        ['project', 1, null],
        ['project', 2, null],
        ['project', 3, null],
        ['subtotal', null, 3],
        ['project', 4, null],
        ['subtotal', null, 1],
        ['grand-total', null, 4],
      ],
    );
    assert.deepEqual(
      findings.map((f) => `${f.range.start.line + 1} ${f.checkId} ${f.message.key}`),
      [],
    );
  });

  it('writes CSV with a BOM, CRLF line ends and exact decimal baht', () => {
    const csv = renderCsv(summary);
    assert.ok(csv.startsWith('\uFEFFมิติ,ภารกิจตามมิติ,'));
    assert.ok(csv.includes('\r\n'));
    const rows = parseCsv(csv);
    assert.deepEqual(rows[2], ['', '', '2. โครงการ ข', '0.00', '0.00', '0.00']);
    assert.deepEqual(rows.at(-1), [
      'รวมทั้งสิ้น',
      '',
      'จำนวน 4 โครงการ',
      '11500.00',
      '28500.50',
      '40000.50',
    ]);
  });

  it('writes JSON with amounts as decimal baht strings and null for unknown years', () => {
    const plan = parsePlan(planText('').replace('ปี 2567 7,000 บาท', 'ห้าพันบาท'));
    const json = JSON.parse(renderJson(computeSummary(plan))) as SummaryJson;
    assert.equal(json.amountFormat, 'baht-decimal-string');
    assert.deepEqual(json.years, [2566, 2567]);
    assert.deepEqual(json.groups[1]?.projects[0]?.amounts, { '2566': null, '2567': null });
    assert.deepEqual(json.groups[0]?.subtotal, {
      count: 3,
      amounts: { '2566': '11500.00', '2567': '21500.50' },
      total: '33000.50',
    });
    assert.deepEqual(json.grandTotal.count, 4);
  });

  it('has one exporter per format name', async () => {
    assert.deepEqual(Object.keys(exporters), ['md', 'csv', 'xlsx', 'html', 'json']);
    assert.deepEqual(
      Object.entries(exporters)
        .filter(([, e]) => e.binary)
        .map(([name]) => name),
      ['xlsx'],
    );
    assert.ok(isExportFormat('csv') && !isExportFormat('toString'));
    assert.equal(await exporters.md.render(summary), renderMarkdown(summary));
  });
});
