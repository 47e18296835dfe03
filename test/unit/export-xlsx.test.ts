// The XLSX exporter, read back with exceljs: layout, merges, bold totals, number formats, SUM formulas
// with exact cached values (seed: 50,000 a year), the problems sheet, and amounts Excel cannot hold.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { analyze } from '../../server/src/engine.js';
import { computeSummary } from '../../server/src/model/summary.js';
import { parsePlan } from '../../server/src/parse/index.js';
import { renderXlsx } from '../../server/src/export/xlsx.js';
import { exportProblems } from '../../server/src/export/context.js';
import { AmountRangeError, excelAmount } from '../../server/src/export/excel-amount.js';
import { templateSections } from '../support/inline-plan.js';

const SEED = 'samples/pok-noi-2566-2570.plan.md';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function sheetAt(workbook: ExcelJS.Workbook, index: number): ExcelJS.Worksheet {
  const sheet = workbook.worksheets[index];
  assert.ok(sheet, `no sheet ${index}`);
  return sheet;
}

/** A row's cell values from column A (exceljs keeps index 0 empty). */
function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return (sheet.getRow(row).values as unknown[]).slice(1);
}

/** A plan with one fractional amount, missions, and a project whose budget is unreadable. */
const project = (heading: string, budget: string): string =>
  `${heading}\n\n${templateSections(budget, (s) => `${s} ของ${heading}`)}`;
const SMALL = `---
type: plan
title: แผนทดสอบ
organization: เทศบาลตำบลทดสอบ
years: 2566-2567
---

### มิติที่ 1 การสร้างสังคม

#### 1.1 จิตสำนึก

${project('##### 1. โครงการ ก', 'ปี 2566 10,000 บาท ปี 2567 20,000.50 บาท')}
${project('##### 2. โครงการ ข', 'ไม่ใช้งบประมาณ')}
#### 1.2 ความตระหนัก

${project('##### 3. โครงการ ค', 'ปีละ 1,500 บาท')}
### มิติที่ 2 การบริหาร

${project('##### 4. โครงการ ง', 'ห้าพันบาท')}
`;

describe('export: xlsx', () => {
  let seed: ExcelJS.Workbook;
  before(async () => {
    const analysis = analyze(readFileSync(SEED, 'utf8'));
    const bytes = await renderXlsx(computeSummary(analysis.plan), {
      locale: 'th',
      problems: exportProblems(analysis.findings, 'th'),
    });
    assert.equal(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK');
    seed = await load(bytes);
  });

  it('lays out the seed in the NACC columns under a title, organization and frozen header', () => {
    const sheet = sheetAt(seed, 0);
    assert.deepEqual(
      seed.worksheets.map((w) => w.name),
      ['ตารางสรุป', 'ปัญหา'],
    );
    assert.equal(sheet.getCell('A1').value, 'แผนปฏิบัติการป้องกันการทุจริต 5 ปี (พ.ศ. 2566–2570)');
    assert.equal(sheet.getCell('A2').value, 'เทศบาลตำบลพอกน้อย  (หน่วย: บาท)');
    assert.deepEqual(rowValues(sheet, 3), [
      'มิติ',
      'ภารกิจตามมิติ',
      'โครงการ/กิจกรรม/มาตรการ',
      'ปี 2566',
      'ปี 2567',
      'ปี 2568',
      'ปี 2569',
      'ปี 2570',
      'รวม',
      'หมายเหตุ',
    ]);
    const view = sheet.views[0];
    assert.equal(view?.state, 'frozen');
    assert.equal(view?.state === 'frozen' ? view.ySplit : undefined, 3);
    assert.equal(sheet.getCell('A4').value, 'มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต');
    assert.match(String(sheet.getCell('C4').value), /^1\. โครงการพัฒนาความรู้ด้านกฎหมาย/);
    assert.equal(sheet.getColumn(3).width, 52);
    assert.equal(sheet.pageSetup.orientation, 'landscape');
    assert.equal(sheet.getCell('C4').font?.name, 'TH Sarabun New');
  });

  it('merges each dimension cell over its rows, and the title rows across the table', () => {
    const merges = (sheetAt(seed, 0).model as unknown as { merges: string[] }).merges;
    assert.deepEqual(merges, ['A1:J1', 'A2:J2', 'A4:A20', 'A22:A39', 'A41:A48', 'A50:A56']);
  });

  it('writes subtotals and the grand total as bold SUM formulas with their exact values cached', () => {
    const sheet = sheetAt(seed, 0);
    assert.equal(sheet.getCell('A21').value, 'รวม');
    assert.equal(sheet.getCell('C21').value, 'จำนวน 17 โครงการ');
    assert.deepEqual(sheet.getCell('D21').value, { formula: 'SUM(D4:D20)', result: 35000 });
    assert.equal(sheet.getCell('A58').value, 'รวมทั้งสิ้น');
    assert.equal(sheet.getCell('C58').value, 'จำนวน 50 โครงการ');
    for (const col of ['D', 'E', 'F', 'G', 'H']) {
      assert.deepEqual(sheet.getCell(`${col}58`).value, {
        formula: `SUM(${col}21,${col}40,${col}49,${col}57)`,
        result: 50000,
      });
      assert.equal(sheet.getCell(`${col}58`).numFmt, '#,##0');
    }
    assert.deepEqual(sheet.getCell('I58').value, { formula: 'SUM(D58:H58)', result: 250000 });
    assert.equal(sheet.getCell('A58').font?.bold, true);
    assert.equal(sheet.getCell('D21').font?.bold, true);
    assert.ok(!sheet.getCell('C4').font?.bold, 'project rows are not bold');
    assert.equal(sheet.rowCount, 58);
  });

  it('lists the open problems on the second sheet in the chosen language', () => {
    const sheet = sheetAt(seed, 1);
    const findings = analyze(readFileSync(SEED, 'utf8')).findings;
    assert.deepEqual(rowValues(sheet, 1), ['บรรทัด', 'ระดับ', 'รหัสการตรวจ', 'ข้อความ']);
    assert.equal(sheet.rowCount, findings.length + 1);
    const first = findings[0];
    assert.ok(first);
    assert.equal(sheet.getCell('A2').value, first.range.start.line + 1);
    assert.equal(sheet.getCell('C2').value, first.checkId);
    assert.equal(sheet.getCell('B2').value, 'คำเตือน');
    assert.match(String(sheet.getCell('D2').value), /2566.*2577/);
  });

  it('writes satang with two decimals, leaves unknown years blank with a note, merges missions', async () => {
    const summary = computeSummary(parsePlan(SMALL));
    const book = await load(await renderXlsx(summary, { locale: 'en', problems: [] }));
    assert.deepEqual(
      book.worksheets.map((w) => w.name),
      ['Summary', 'Problems'],
    );
    const sheet = sheetAt(book, 0);
    assert.equal(sheet.getCell('B4').value, '1.1 จิตสำนึก');
    assert.equal(sheet.getCell('E4').value, 20000.5);
    assert.equal(sheet.getCell('E4').numFmt, '#,##0.00');
    assert.equal(sheet.getCell('D4').numFmt, '#,##0');
    assert.deepEqual(sheet.getCell('F4').value, { formula: 'SUM(D4:E4)', result: 30000.5 });
    assert.equal(sheet.getCell('F4').numFmt, '#,##0.00');
    assert.deepEqual(sheet.getCell('E7').value, { formula: 'SUM(E4:E6)', result: 21500.5 });
    assert.equal(sheet.getCell('C8').value, '4. โครงการ ง');
    assert.equal(sheet.getCell('D8').value, null);
    assert.equal(sheet.getCell('G8').value, 'อ่านจำนวนเงินงบประมาณไม่ได้');
    assert.deepEqual(sheet.getCell('D10').value, { formula: 'SUM(D7,D9)', result: 11500 });
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    assert.deepEqual(merges, ['A1:G1', 'A2:G2', 'A4:A6', 'B4:B5']);
    const problems = sheetAt(book, 1);
    assert.equal(problems.rowCount, 2);
    assert.equal(problems.getCell('D2').value, 'No problems found.');
  });

  it('converts satang exactly and refuses amounts Excel cannot hold', async () => {
    assert.deepEqual(excelAmount(123_456_700n), { value: 1_234_567, numFmt: '#,##0' });
    assert.deepEqual(excelAmount(-5n), { value: -0.05, numFmt: '#,##0.00' });
    assert.deepEqual(excelAmount(99_999_999_999_999_900n), {
      value: 999_999_999_999_999,
      numFmt: '#,##0',
    });
    assert.throws(() => excelAmount(100_000_000_000_000_000n), AmountRangeError);
    assert.deepEqual(excelAmount(999_999_999_999_999n), {
      value: 9_999_999_999_999.99,
      numFmt: '#,##0.00',
    });
    assert.throws(
      () => excelAmount(1_000_000_000_000_001n),
      (e: unknown) => e instanceof AmountRangeError && e.amount === '10000000000000.01',
    );
    const huge = SMALL.replace('ปีละ 1,500 บาท', 'ปีละ 1,000,000,000,000,000 บาท');
    await assert.rejects(renderXlsx(computeSummary(parsePlan(huge))), AmountRangeError);
  });
});
