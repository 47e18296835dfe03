// The exports of a development plan: every format shows ผ.01 as ผ.02 gives it (not as the written ผ.01
// says). The xlsx read back with exceljs (merged year headers, figures equal to the ผ.02 sheet's sums,
// SUM formulas, the grand total), the csv parsed, the md read back by the parser as a consistent
// ผ.01, the html's two-row header, the json's figures; unknown figures; `plancheck table`.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { runTable } from '../../cli/src/table-command.js';
import type { CliIo } from '../../cli/src/io.js';
import { analyze } from '../../server/src/engine.js';
import { exportProblems } from '../../server/src/export/context.js';
import { renderCsv } from '../../server/src/export/csv.js';
import { renderHtml } from '../../server/src/export/html.js';
import { exporters } from '../../server/src/export/index.js';
import { renderJson, type SummaryJson } from '../../server/src/export/json.js';
import { renderMarkdown } from '../../server/src/export/markdown.js';
import { renderXlsx } from '../../server/src/export/xlsx.js';
import { computeSummary } from '../../server/src/model/summary.js';
import { parsePlan } from '../../server/src/parse/index.js';
import { parseCsv } from '../cli/csv-parse.js';

const FIXTURE = 'test/fixtures/profiles/mini-development.plan.md';
const MINI = readFileSync(FIXTURE, 'utf8');

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const project = (n: number, name: string, amounts: string[]): string =>
  row([String(n), name, 'วัตถุประสงค์', 'เป้าหมาย', ...amounts, 'ตัวชี้วัด', 'ผล', 'กองการศึกษา']);

/** A second strategy in ผ.02 only (so the written ผ.01 is stale: exports must not copy it). */
const STRATEGY_2 = `
### ยุทธศาสตร์ที่ 2 การพัฒนาด้านคุณภาพชีวิต

#### 2.1 แผนงานการศึกษา

| ที่ | โครงการ | วัตถุประสงค์ | เป้าหมาย (ผลผลิตของโครงการ) | 2566 (บาท) | 2567 (บาท) | 2568 (บาท) | 2569 (บาท) | 2570 (บาท) | ตัวชี้วัด (KPI) | ผลที่คาดว่าจะได้รับ | หน่วยงานรับผิดชอบหลัก |
| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |
${project(1, 'อบรมครู', ['15,000.50', '20,000', '-', '-', '-'])}
${project(2, 'จัดซื้อหนังสือ', ['-', '10,000', '-', '-', '5,000'])}
`;
const PLAN = MINI + STRATEGY_2;

/** The same plan with project 2 of 1.1 leaving its 2567 budget blank: that year is unknown. */
const BLANK = MINI.replace('| 200,000 | - | 300,000 |', '| 200,000 |  | 300,000 |');

/** Expected ผ.01 (from ผ.02), per line: label, counts 2566–2570 + 5 years, amounts likewise (baht). */
const EXPECTED = {
  programme11: {
    label: '1.1 แผนงานเคหะและชุมชน',
    counts: [2, 0, 1, 0, 0, 3],
    amounts: [700000, 0, 300000, 0, 0, 1000000],
  },
  programme21: {
    label: '2.1 แผนงานการศึกษา',
    counts: [1, 2, 0, 0, 1, 4],
    amounts: [15000.5, 30000, 0, 0, 5000, 50000.5],
  },
  grand: {
    label: 'รวมทั้งสิ้น',
    counts: [3, 2, 1, 0, 1, 7],
    amounts: [715000.5, 30000, 300000, 0, 5000, 1050000.5],
  },
};

const LABELS = [
  '1) ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน',
  '1.1 แผนงานเคหะและชุมชน',
  'รวม',
  '2) ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต',
  '2.1 แผนงานการศึกษา',
  'รวม',
  'รวมทั้งสิ้น',
];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  assert.ok(sheet, `no sheet ${name}`);
  return sheet;
}

/** A cell's number: its value, or a formula's cached result. */
function numberAt(cell: ExcelJS.Cell): number | string | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  // exceljs reads a cached result of 0 back as no result.
  if (typeof v === 'object' && 'formula' in v) return (v.result as number | undefined) ?? 0;
  return String(v);
}

function formulaAt(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value;
  return v && typeof v === 'object' && 'formula' in v ? v.formula : undefined;
}

describe('export: development plan', () => {
  const analysis = analyze(PLAN);
  const summary = computeSummary(analysis.plan);

  it('computes the ผ.01 lines from ผ.02 into the summary, with no NACC groups', () => {
    assert.equal(analysis.plan.profile?.id, 'development');
    assert.ok(summary.development);
    assert.deepEqual(summary.groups, []);
    assert.deepEqual(summary.years, [2566, 2567, 2568, 2569, 2570]);
    assert.equal(summary.title, 'แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เทศบาลตำบลทดสอบ');
    assert.deepEqual(
      summary.development.lines.map((l) => l.label),
      LABELS,
    );
    assert.equal(summary.development.projects.length, 4);
  });

  describe('xlsx', () => {
    let workbook: ExcelJS.Workbook;
    let f01: ExcelJS.Worksheet;
    let f02: ExcelJS.Worksheet;
    before(async () => {
      const bytes = await renderXlsx(summary, {
        locale: 'th',
        problems: exportProblems(analysis.findings, 'th'),
      });
      workbook = await load(bytes);
      f01 = sheetNamed(workbook, 'ผ.01');
      f02 = sheetNamed(workbook, 'ผ.02');
    });

    it('has the sheets ผ.01, ผ.02 and the problems sheet listing the stale written ผ.01', () => {
      assert.deepEqual(
        workbook.worksheets.map((w) => w.name),
        ['ผ.01', 'ผ.02', 'ปัญหา'],
      );
      const problems = sheetNamed(workbook, 'ปัญหา');
      assert.ok(analysis.findings.length > 0, 'the written ผ.01 lacks strategy 2');
      assert.equal(problems.rowCount, 1 + analysis.findings.length);
    });

    it('has the form two-row header: ยุทธศาสตร์ over two rows, each year merged over its two columns', () => {
      assert.equal(f01.getCell('A1').value, 'บัญชีสรุปโครงการพัฒนา');
      assert.equal(f01.getCell('A2').value, summary.title);
      assert.equal(f01.getCell('A3').value, 'เทศบาลตำบลทดสอบ');
      const merges = (f01.model as unknown as { merges: string[] }).merges;
      for (const m of ['A4:A5', 'B4:C4', 'D4:E4', 'F4:G4', 'H4:I4', 'J4:K4', 'L4:M4'])
        assert.ok(merges.includes(m), `merged ${m}`);
      assert.deepEqual(
        ['B4', 'D4', 'F4', 'H4', 'J4', 'L4'].map((a) => f01.getCell(a).value),
        ['ปี 2566', 'ปี 2567', 'ปี 2568', 'ปี 2569', 'ปี 2570', 'รวม 5 ปี'],
      );
      assert.equal(f01.getCell('C4').master.address, 'B4');
      assert.equal(f01.getCell('B5').value, 'จำนวนโครงการ');
      assert.equal(f01.getCell('C5').value, 'งบประมาณ (บาท)');
      assert.equal(f01.getCell('M5').value, 'งบประมาณ (บาท)');
      assert.equal(f01.getCell('A4').font.name, 'TH Sarabun New');
      assert.deepEqual(f01.views[0], {
        ...f01.views[0],
        state: 'frozen',
        ySplit: 5,
      });
    });

    it('lists the ผ.01 lines, strategy and total rows bold, แผนงาน rows not', () => {
      const labels = LABELS.map((_, i) => f01.getCell(6 + i, 1).value);
      assert.deepEqual(labels, LABELS);
      const bold = LABELS.map((_, i) => f01.getCell(6 + i, 1).font.bold === true);
      assert.deepEqual(bold, [true, false, true, true, false, true, true]);
      assert.equal(f01.getCell(12, 13).font.bold, true);
      assert.equal(f01.getCell(7, 2).font.name, 'TH Sarabun New');
    });

    it('gives each แผนงาน row the count and budget per year of its ผ.02 rows', () => {
      // Sums read from the ผ.02 sheet: per แผนงาน and year, the projects with a budget and their sum.
      const years = [0, 1, 2, 3, 4];
      for (const [r, label] of [
        [7, EXPECTED.programme11.label],
        [10, EXPECTED.programme21.label],
      ] as const) {
        const projectRows: number[] = [];
        f02.eachRow((row, n) => {
          if (n > 5 && row.getCell(2).value === label) projectRows.push(n);
        });
        assert.ok(projectRows.length > 0, `ผ.02 rows of ${label}`);
        for (const k of years) {
          const amounts = projectRows.map((n) => Number(numberAt(f02.getCell(n, 5 + k))));
          const count = amounts.filter((a) => a > 0).length;
          const sum = amounts.reduce((a, b) => a + b, 0);
          assert.equal(numberAt(f01.getCell(r, 2 + 2 * k)), count, `${label} count ${k}`);
          assert.equal(numberAt(f01.getCell(r, 3 + 2 * k)), sum, `${label} amount ${k}`);
        }
      }
      const values = (r: number): unknown[] =>
        Array.from({ length: 12 }, (_, i) => numberAt(f01.getCell(r, 2 + i)));
      const interleave = (e: { counts: number[]; amounts: number[] }): number[] =>
        e.counts.flatMap((c, i) => [c, e.amounts[i] ?? NaN]);
      assert.deepEqual(values(7), interleave(EXPECTED.programme11));
      assert.deepEqual(values(10), interleave(EXPECTED.programme21));
    });

    it('writes counts as integers and amounts in the baht number formats', () => {
      assert.equal(f01.getCell('B7').value, 2);
      assert.equal(f01.getCell('B7').numFmt, '#,##0');
      assert.equal(f01.getCell('C7').value, 700000);
      assert.equal(f01.getCell('C7').numFmt, '#,##0');
      assert.equal(f01.getCell('C10').value, 15000.5);
      assert.equal(f01.getCell('C10').numFmt, '#,##0.00');
    });

    it('sums with formulas: รวม 5 ปี across the row, รวม over its แผนงาน, รวมทั้งสิ้น over the รวม rows', () => {
      assert.equal(formulaAt(f01.getCell('M7')), 'SUM(C7,E7,G7,I7,K7)');
      assert.equal(formulaAt(f01.getCell('L7')), 'SUM(B7,D7,F7,H7,J7)');
      assert.equal(formulaAt(f01.getCell('C8')), 'SUM(C7:C7)');
      assert.equal(formulaAt(f01.getCell('C12')), 'SUM(C8,C11)');
      assert.equal(f01.getCell(12, 1).value, 'รวมทั้งสิ้น');
      assert.equal(numberAt(f01.getCell('M12')), 1050000.5);
      assert.equal(f01.getCell('M12').numFmt, '#,##0.00');
      assert.equal(numberAt(f01.getCell('L12')), 7);
      const grand = Array.from({ length: 12 }, (_, i) => numberAt(f01.getCell(12, 2 + i)));
      assert.deepEqual(
        grand,
        EXPECTED.grand.counts.flatMap((c, i) => [c, EXPECTED.grand.amounts[i]]),
      );
    });

    it('lists every ผ.02 project with its strategy, แผนงาน, number, budgets and total', () => {
      assert.equal(f02.getCell('A1').value, 'รายละเอียดโครงการพัฒนา');
      assert.deepEqual(
        ['A4', 'B4', 'C4', 'D4', 'E4', 'J4', 'E5', 'I5'].map((a) => f02.getCell(a).value),
        ['ยุทธศาสตร์', 'แผนงาน', 'ที่', 'โครงการ', 'งบประมาณ (บาท)', 'รวม (บาท)', 'ปี 2566', 'ปี 2570'],
      );
      const merges = (f02.model as unknown as { merges: string[] }).merges;
      assert.ok(merges.includes('E4:I4'));
      const rows = [6, 7, 8, 9].map((r) =>
        Array.from({ length: 10 }, (_, c) => numberAt(f02.getCell(r, c + 1))),
      );
      assert.deepEqual(rows[0], [
        '1) ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน',
        '1.1 แผนงานเคหะและชุมชน',
        1,
        'ก่อสร้างถนน คสล. หมู่ที่ 3',
        500000,
        0,
        0,
        0,
        0,
        500000,
      ]);
      assert.deepEqual(rows[2]?.slice(1, 5), ['2.1 แผนงานการศึกษา', 1, 'อบรมครู', 15000.5]);
      assert.equal(rows[2]?.[9], 35000.5);
      assert.equal(formulaAt(f02.getCell('J8')), 'SUM(E8:I8)');
      assert.equal(rows[3]?.[3], 'จัดซื้อหนังสือ');
    });

    it('marks an unknown figure ? and notes the year on the ผ.02 row', async () => {
      const wb = await load(await renderXlsx(computeSummary(parsePlan(BLANK))));
      const s01 = sheetNamed(wb, 'ผ.01');
      assert.equal(s01.getCell('D7').value, '?');
      assert.equal(s01.getCell('E7').value, '?');
      assert.equal(s01.getCell('M7').value, '?');
      assert.equal(numberAt(s01.getCell('C7')), 700000, 'other years stay known');
      const s02 = sheetNamed(wb, 'ผ.02');
      assert.equal(s02.getCell('F7').value, '?');
      assert.equal(s02.getCell('J7').value, '?');
      assert.match(String(s02.getCell('K7').value), /2567/);
    });
  });

  describe('csv', () => {
    const rows = parseCsv(renderCsv(summary));

    it('has one header row with the combined labels, then one row per ผ.01 line', () => {
      assert.ok(renderCsv(summary).startsWith('\uFEFF'));
      assert.deepEqual(rows[0]?.slice(0, 3), [
        'ยุทธศาสตร์',
        'ปี 2566 จำนวนโครงการ',
        'ปี 2566 งบประมาณ (บาท)',
      ]);
      assert.deepEqual(rows[0]?.slice(-2), ['รวม 5 ปี จำนวนโครงการ', 'รวม 5 ปี งบประมาณ (บาท)']);
      assert.equal(rows[0]?.length, 13);
      assert.deepEqual(
        rows.slice(1).map((r) => r[0]),
        LABELS,
      );
    });

    it('writes counts as integers and amounts as plain decimal baht', () => {
      const line = (label: string) => rows.find((r) => r[0] === label);
      assert.deepEqual(line(EXPECTED.programme11.label)?.slice(1), [
        '2',
        '700000.00',
        '0',
        '0.00',
        '1',
        '300000.00',
        '0',
        '0.00',
        '0',
        '0.00',
        '3',
        '1000000.00',
      ]);
      assert.deepEqual(rows.at(-1)?.slice(-2), ['7', '1050000.50']);
      assert.deepEqual(rows[1]?.slice(1), Array(12).fill(''), 'a strategy line has no figures');
    });

    it('leaves an unknown figure blank', () => {
      const blank = parseCsv(renderCsv(computeSummary(parsePlan(BLANK))));
      assert.deepEqual(blank[2]?.slice(3, 5), ['', '']);
      assert.deepEqual(blank[2]?.slice(1, 3), ['2', '700000.00']);
    });
  });

  describe('md', () => {
    it('writes the ผ.01 table that the parser reads back with the same figures, and no finding', () => {
      const md = renderMarkdown(summary);
      assert.ok(md.endsWith('|\n'));
      const lines = md.trimEnd().split('\n');
      assert.match(lines[0] ?? '', /^\| ยุทธศาสตร์ \| ปี 2566 \| {2}\| ปี 2567/);
      // The plan with its stale ผ.01 replaced by the export: consistent, every check quiet.
      const start = PLAN.indexOf('| ยุทธศาสตร์ |');
      const end = PLAN.indexOf('\n\n', start);
      const rebuilt = PLAN.slice(0, start) + md.trimEnd() + PLAN.slice(end);
      const again = analyze(rebuilt);
      assert.deepEqual(
        again.findings.map((f) => f.checkId),
        [],
      );
      const rows = again.plan.development?.summary?.rows ?? [];
      const written = rows.find((r) => r.title.includes('การศึกษา') && r.kind === 'programme');
      assert.ok(written);
      assert.deepEqual(
        [2566, 2567, 2568, 2569, 2570].map((y) => written.counts.get(y)?.value),
        EXPECTED.programme21.counts.slice(0, 5),
      );
      assert.equal(written.amounts.get(2566)?.value, 1500050n);
      assert.equal(written.totalAmount?.value, 5000050n);
      const grand = rows.find((r) => r.kind === 'grand-total');
      assert.equal(grand?.totalAmount?.value, 105000050n);
      assert.equal(grand?.totalCount?.value, 7);
    });

    it('writes ? for an unknown figure', () => {
      const md = renderMarkdown(computeSummary(parsePlan(BLANK))).split('\n');
      assert.equal(
        md[4],
        '| 1.1 แผนงานเคหะและชุมชน | 2 | 700,000 | ? | ? | 1 | 300,000 | - | - | - | - | ? | ? |',
      );
    });
  });

  describe('html', () => {
    const html = renderHtml(summary);

    it('has the form two-row header with the years spanning two columns', () => {
      assert.match(
        html,
        /<thead>\n<tr><th scope="col" rowspan="2">ยุทธศาสตร์<\/th><th scope="colgroup" colspan="2">ปี 2566<\/th>/,
      );
      assert.match(html, /<th scope="colgroup" colspan="2">รวม 5 ปี<\/th><\/tr>\n<tr>/);
      const second = /<\/tr>\n<tr>(.*)<\/tr>\n<\/thead>/.exec(html)?.[1] ?? '';
      assert.equal(second.match(/จำนวนโครงการ/g)?.length, 6);
      assert.equal(second.match(/งบประมาณ \(บาท\)/g)?.length, 6);
    });

    it('shows the ผ.01 figures, strategy rows across the table, total rows as header cells', () => {
      assert.match(
        html,
        /<tr class="strategy"><th scope="rowgroup" colspan="13">1\) ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน<\/th><\/tr>/,
      );
      assert.match(
        html,
        /<tr class="programme"><td>2\.1 แผนงานการศึกษา<\/td><td class="count">1<\/td><td class="amount">15,000\.50<\/td><td class="count">2<\/td><td class="amount">30,000<\/td><td class="count">-<\/td><td class="amount">-<\/td>/,
      );
      assert.match(
        html,
        /<tr class="grand-total"><th scope="row">รวมทั้งสิ้น<\/th>.*<td class="count">7<\/td><td class="amount">1,050,000\.50<\/td><\/tr>/,
      );
      assert.match(html, /tr\.strategy, tr\.subtotal, tr\.grand-total \{ font-weight: bold; \}/);
    });

    it('is a standalone page that escapes the plan text', () => {
      const evil = PLAN.replace(
        /^title: .*$/m,
        'title: แผน "ทดสอบ" <script>alert(1)</script> & co',
      );
      const page = renderHtml(computeSummary(parsePlan(evil)));
      assert.ok(!/<script/i.test(page));
      assert.ok(
        page.includes('แผน &quot;ทดสอบ&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; co'),
      );
      assert.match(page, /^<!DOCTYPE html>\n<html lang="th">/);
      assert.match(page, /@page \{ size: A4 landscape;/);
    });
  });

  describe('json', () => {
    const json = JSON.parse(renderJson(summary)) as SummaryJson;

    it('has a development object with the ผ.01 lines as ผ.02 gives them', () => {
      assert.equal(json.amountFormat, 'baht-decimal-string');
      assert.deepEqual(json.groups, []);
      const dev = json.development;
      assert.ok(dev);
      assert.deepEqual(dev.years, [2566, 2567, 2568, 2569, 2570]);
      assert.deepEqual(
        dev.lines.map((l) => [l.kind, l.label]),
        LABELS.map((l, i) => [
          ['strategy', 'programme', 'subtotal', 'strategy', 'programme', 'subtotal', 'grand-total'][
            i
          ],
          l,
        ]),
      );
      const p11 = dev.lines[1];
      assert.deepEqual(p11?.counts, { 2566: 2, 2567: 0, 2568: 1, 2569: 0, 2570: 0 });
      assert.deepEqual(p11?.amounts, {
        2566: '700000.00',
        2567: '0.00',
        2568: '300000.00',
        2569: '0.00',
        2570: '0.00',
      });
      assert.equal(p11?.totalCount, 3);
      assert.equal(p11?.totalAmount, '1000000.00');
      assert.equal(dev.lines[0]?.counts, null);
      assert.equal(dev.lines.at(-1)?.totalAmount, '1050000.50');
      assert.equal(dev.lines.at(-1)?.totalCount, 7);
    });

    it('lists the ผ.02 projects, and null for an unknown figure', () => {
      const dev = json.development;
      assert.deepEqual(dev?.projects[2], {
        strategy: '2) ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต',
        programme: '2.1 แผนงานการศึกษา',
        number: 1,
        name: 'อบรมครู',
        amounts: { 2566: '15000.50', 2567: '20000.00', 2568: '0.00', 2569: '0.00', 2570: '0.00' },
        total: '35000.50',
        repeated: false,
      });
      const blank = (JSON.parse(renderJson(computeSummary(parsePlan(BLANK)))) as SummaryJson)
        .development;
      assert.equal(blank?.lines[1]?.counts?.['2567'], null);
      assert.equal(blank?.lines[1]?.amounts?.['2567'], null);
      assert.equal(blank?.lines.at(-1)?.totalAmount, null);
      assert.equal(blank?.projects[1]?.amounts['2567'], null);
      assert.equal(blank?.projects[1]?.total, null);
    });
  });

  it('every registered exporter renders the development layout', async () => {
    const md = await exporters.md.render(summary);
    const html = await exporters.html.render(summary);
    const csv = await exporters.csv.render(summary);
    const json = await exporters.json.render(summary);
    assert.match(String(md), /^\| ยุทธศาสตร์ \|/);
    assert.match(String(html), /rowspan="2">ยุทธศาสตร์/);
    assert.match(String(csv), /^\uFEFFยุทธศาสตร์,ปี 2566 จำนวนโครงการ/);
    assert.ok('development' in (JSON.parse(String(json)) as object));
  });

  it('plancheck table writes it without the "no project sections" note', async () => {
    const out: (string | Uint8Array)[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (d) => void out.push(d),
      err: (l) => void err.push(l),
      readStdin: async () => new Uint8Array(),
      cwd: process.cwd(),
      env: {},
      stdoutIsTTY: false,
    };
    const args = { files: [FIXTURE], format: 'csv', force: false, help: false, version: false };
    assert.equal(await runTable(args, { io, locale: 'en', version: '0' }), 0);
    assert.deepEqual(err, []);
    assert.match(String(out[0]), /1\.1 แผนงานเคหะและชุมชน,2,700000\.00,0,0\.00,1,300000\.00/);
  });
});

describe('export: an anti-corruption plan is unchanged', () => {
  const summary = computeSummary(
    analyze(readFileSync('samples/pok-noi-2566-2570.plan.md', 'utf8')).plan,
  );

  it('has no development part and keeps the NACC layout in every format', async () => {
    assert.equal(summary.development, undefined);
    assert.ok(summary.groups.length > 0);
    assert.match(String(await exporters.md.render(summary)), /^\| มิติ \|/);
    assert.match(String(await exporters.csv.render(summary)), /^\uFEFFมิติ,/);
    assert.ok(!('development' in (JSON.parse(renderJson(summary)) as object)));
    const workbook = await load(await renderXlsx(summary));
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['ตารางสรุป', 'ปัญหา'],
    );
  });
});
