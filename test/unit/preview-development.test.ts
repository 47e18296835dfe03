// The preview of a development plan: the model's ผ.01 lines worked out from ผ.02 with the lines to
// reveal and the written ผ.01 value exactly where it disagrees; the view's two-row head, one body per
// strategy and the grand total in the footer; the webview HTML with rowspan/colspan; the status-bar total.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { renderHtml } from '../../client/src/preview/html.js';
import { buildView, revealableLines } from '../../client/src/preview/view.js';
import { analyze } from '../../server/src/engine.js';
import { buildSummaryTableModel } from '../../server/src/features/preview.js';
import type { SummaryTableModel } from '../../server/src/protocol.js';

const MINI = readFileSync('test/fixtures/profiles/mini-development.plan.md', 'utf8');
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle));
const model = (text: string): SummaryTableModel =>
  buildSummaryTableModel(analyze(text), 'file:///mini.plan.md', 3);

describe('preview: development plan', () => {
  const m = model(MINI);
  const dev = m.development;

  it('gives the ผ.01 lines from ผ.02, with the ผ.02 headings and written totals to reveal', () => {
    assert.ok(dev);
    assert.deepEqual(m.groups, []);
    assert.equal(m.hasWrittenTable, true);
    assert.deepEqual(m.years, [2566, 2567, 2568, 2569, 2570]);
    assert.deepEqual(
      dev.lines.map((l) => [l.kind, l.label, l.line, l.inTable]),
      [
        ['strategy', '1) ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน', lineOf(MINI, '### ยุทธศาสตร์ที่ 1'), true],
        ['programme', '1.1 แผนงานเคหะและชุมชน', lineOf(MINI, '#### 1.1'), true],
        ['subtotal', 'รวม', lineOf(MINI, '| **รวม** |'), true],
        ['grand-total', 'รวมทั้งสิ้น', lineOf(MINI, '| **รวมทั้งสิ้น** |'), true],
      ],
    );
    const p = dev.lines[1];
    assert.deepEqual(
      p?.years?.map((y) => [y.count.count, y.amount.amount]),
      [
        [2, '700000.00'],
        [0, '0.00'],
        [1, '300000.00'],
        [0, '0.00'],
        [0, '0.00'],
      ],
    );
    assert.deepEqual(p?.total, { count: { count: 3 }, amount: { amount: '1000000.00' } });
    assert.equal(dev.lines[0]?.years, undefined);
    // A consistent plan: nothing written disagrees.
    const cells = dev.lines.flatMap((l) => [...(l.years ?? []), ...(l.total ? [l.total] : [])]);
    assert.ok(cells.every((c) => !c.count.written && !c.amount.written));
    assert.deepEqual(JSON.parse(JSON.stringify(m)), m, 'JSON-safe');
  });

  it('attaches the written ผ.01 value exactly where it disagrees', () => {
    const wrong = MINI.replace(
      '| 1.1 แผนงานเคหะและชุมชน | 2 | 700,000 |',
      '| 1.1 แผนงานเคหะและชุมชน | 3 | 750,000 |',
    );
    const line = model(wrong).development?.lines[1];
    assert.deepEqual(line?.years?.[0], {
      count: { count: 2, written: { text: '3', count: 3 } },
      amount: { amount: '700000.00', written: { text: '750,000', amount: '750000.00' } },
    });
    assert.deepEqual(line?.years?.[1], { count: { count: 0 }, amount: { amount: '0.00' } });
  });

  it('marks a แผนงาน that the written ผ.01 lacks, and says when there is no ผ.01', () => {
    const extra = `${MINI}
#### 1.2 แผนงานอุตสาหกรรมและการโยธา

| ที่ | โครงการ | วัตถุประสงค์ | เป้าหมาย (ผลผลิตของโครงการ) | 2566 (บาท) | 2567 (บาท) | 2568 (บาท) | 2569 (บาท) | 2570 (บาท) | ตัวชี้วัด (KPI) | ผลที่คาดว่าจะได้รับ | หน่วยงานรับผิดชอบหลัก |
| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |
| 1 | ขุดลอกคลอง | เพื่อระบายน้ำ | คลองยาว 1 กม. | - | 90,000 | - | - | - | น้ำไม่ท่วม | ไม่มีน้ำท่วม | กองช่าง |
`;
    const m2 = model(extra);
    const added = m2.development?.lines.find((l) => l.label.startsWith('1.2'));
    assert.equal(added?.inTable, false);
    assert.equal(added?.line, lineOf(extra, '#### 1.2'));
    const view = buildView(m2, 'en');
    const row = view.table?.bodies[0]?.find((r) => r.className.includes('not-in-table'));
    assert.ok(row?.cells[0]?.parts.some((p) => p.text === 'not in ผ.01'));
    // The subtotal now disagrees with the written รวม row: 90,000 more in 2567.
    const subtotal = m2.development?.lines.find((l) => l.kind === 'subtotal');
    assert.deepEqual(subtotal?.years?.[1]?.amount, {
      amount: '90000.00',
      written: { text: '-', amount: '0.00' },
    });

    const start = MINI.indexOf('## บัญชีสรุปโครงการพัฒนา');
    const noSummary = MINI.slice(0, start) + MINI.slice(MINI.indexOf('## รายละเอียด'));
    const m3 = model(noSummary);
    assert.equal(m3.hasWrittenTable, false);
    assert.deepEqual(
      m3.development?.lines.map((l) => [l.kind, l.line, l.inTable]),
      [
        ['strategy', lineOf(noSummary, '### ยุทธศาสตร์ที่ 1'), false],
        ['programme', lineOf(noSummary, '#### 1.1'), false],
        ['subtotal', null, false],
        ['grand-total', null, false],
      ],
    );
    assert.ok(
      !buildView(m3, 'en')
        .table?.bodies.flat()
        .some((r) => r.className.includes('not-in-table')),
      'no badge without a written ผ.01',
    );
    assert.deepEqual(buildView(m3, 'en').notices, [
      'The document has no ผ.01 summary to compare with.',
    ]);
  });

  it('lays out the view: a two-row head, one body per strategy, the grand total in the footer', () => {
    const view = buildView(m, 'th');
    const table = view.table;
    assert.ok(table);
    assert.equal(table.caption, 'บัญชีสรุปโครงการพัฒนา (ผ.01) ที่คำนวณจากรายละเอียดโครงการพัฒนา (ผ.02)');
    assert.equal(table.head.length, 2);
    const [top, second] = table.head;
    assert.deepEqual(
      top?.cells.map((c) => [c.parts[0]?.text, c.rowSpan ?? 1, c.colSpan ?? 1]),
      [
        ['ยุทธศาสตร์', 2, 1],
        ['ปี 2566', 1, 2],
        ['ปี 2567', 1, 2],
        ['ปี 2568', 1, 2],
        ['ปี 2569', 1, 2],
        ['ปี 2570', 1, 2],
        ['รวม 5 ปี', 1, 2],
      ],
    );
    assert.equal(second?.cells.length, 12);
    assert.equal(second?.cells[0]?.parts[0]?.text, 'จำนวนโครงการ');
    assert.equal(second?.cells[1]?.parts[0]?.text, 'งบประมาณ (บาท)');
    assert.equal(table.bodies.length, 1);
    assert.deepEqual(
      table.bodies[0]?.map((r) => r.className),
      ['dimension strategy', 'project', 'subtotal'],
    );
    const programme = table.bodies[0]?.[1];
    assert.deepEqual(
      programme?.cells.map((c) => c.parts.map((p) => p.text).join('')),
      [
        '1.1 แผนงานเคหะและชุมชน',
        '2',
        '700,000',
        '-',
        '-',
        '1',
        '300,000',
        '-',
        '-',
        '-',
        '-',
        '3',
        '1,000,000',
      ],
    );
    assert.equal(table.foot[0]?.className, 'grand-total');
    assert.deepEqual(
      [...revealableLines(view)].sort((a, b) => a - b),
      [
        lineOf(MINI, '| **รวม** |'),
        lineOf(MINI, '| **รวมทั้งสิ้น** |'),
        lineOf(MINI, '### ยุทธศาสตร์ที่ 1'),
        lineOf(MINI, '#### 1.1'),
      ].sort((a, b) => a - b),
    );
  });

  it('shows ? for a figure that rests on a blank ผ.02 cell', () => {
    const blank = MINI.replace('| 200,000 | - | 300,000 |', '| 200,000 |  | 300,000 |');
    const view = buildView(model(blank), 'en');
    const cells = view.table?.bodies[0]?.[1]?.cells ?? [];
    assert.deepEqual(
      cells.slice(3, 5).map((c) => [c.parts[0]?.text, c.className, c.title]),
      [
        [
          '?',
          'amount count unknown',
          'A ผ.02 budget cell this figure rests on is blank or unreadable.',
        ],
        ['?', 'amount unknown', 'A ผ.02 budget cell this figure rests on is blank or unreadable.'],
      ],
    );
    // The status bar's total: unknown, not 0.
    assert.equal(model(blank).grandTotal.total.amount, null);
  });

  it('renders the webview HTML with the spans, and gives the status bar the grand total', () => {
    const html = renderHtml(m, {
      nonce: 'QUJDREVGR0hJSktMTU5PUFFS',
      cspSource: 'https://x',
      scriptUri: 'https://x/preview.js',
      styleUri: 'https://x/preview.css',
      locale: 'th',
    });
    assert.match(
      html,
      /<thead><tr class="columns"><th scope="col" rowspan="2" class="project label">ยุทธศาสตร์<\/th><th scope="colgroup" colspan="2">ปี 2566<\/th>/,
    );
    assert.match(
      html,
      /<\/tr>\n<tr class="columns"><th scope="col" class="amount">จำนวนโครงการ<\/th>/,
    );
    // What the status bar shows: the ผ.01 grand total.
    assert.equal(m.grandTotal.total.amount, '1000000.00');
    assert.equal(m.grandTotal.count, 2);
  });
});
