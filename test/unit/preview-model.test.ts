// The preview's view model (buildSummaryTableModel): computed cells, the written value exactly where
// the table disagrees (blank, unreadable or a different amount), counts, lines to reveal, JSON safety.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine.js';
import { buildSummaryTableModel } from '../../server/src/features/preview.js';
import type { PreviewCell } from '../../server/src/protocol.js';

const budget = (text: string) => `#### งบประมาณดำเนินการ\n\n${text}\n`;

const PLAN = `---
type: plan
title: แผนทดสอบ
organization: เทศบาลตำบลทดสอบ
years: 2566-2567
---

## ส่วนที่ 2

| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | รวม | หมายเหตุ |
| --- | --- | ---: | ---: | ---: | --- |
| 1. มิติแรก | 1. โครงการอบรมคุณธรรม | 10,000 | 12,000 | 20,000 | |
| | 2. โครงการจิตอาสาพัฒนาชุมชน | | - | 0 | |
| | 3. โครงการเผยแพร่ข้อมูลข่าวสาร | 5,000 | | ห้าพัน | |
| **รวม** | จำนวน 2 โครงการ | 15,000 | 20,000 | 35,000 | |
| **รวมทั้งสิ้น** | จำนวน 4 โครงการ | 15,000 | 10,000 | 25,000 | |

## มิติที่ 1 มิติแรก

### 1. โครงการอบรมคุณธรรม

${budget('ปีละ 10,000 บาท')}
### 2. โครงการจิตอาสาพัฒนาชุมชน

${budget('ไม่ใช้งบประมาณ')}
### 3. โครงการเผยแพร่ข้อมูลข่าวสาร

${budget('ห้าพันบาท')}
### 4. โครงการที่ไม่มีในตาราง

${budget('ปีละ 1,000 บาท')}`;

const lineOf = (needle: string) => PLAN.split('\n').findIndex((l) => l.includes(needle));
const written = (c: PreviewCell | undefined) => c?.written;

describe('summary preview model', () => {
  const analysis = analyze(PLAN);
  const model = buildSummaryTableModel(analysis, 'file:///t.plan.md', 7);
  const group = model.groups[0];
  const [r1, r2, r3, r4] = group?.rows ?? [];

  it('computes rows from the project details, with lines to reveal', () => {
    assert.equal(model.uri, 'file:///t.plan.md');
    assert.equal(model.version, 7);
    assert.deepEqual(model.years, [2566, 2567]);
    assert.equal(model.title, 'แผนทดสอบ');
    assert.equal(model.hasWrittenTable, true);
    assert.deepEqual(group?.dimension, { text: 'มิติที่ 1 มิติแรก', line: lineOf('## มิติที่ 1') });
    assert.deepEqual(
      group?.rows.map((r) => [r.number, r.line, r.inTable]),
      [
        [1, lineOf('### 1.'), true],
        [2, lineOf('### 2.'), true],
        [3, lineOf('### 3.'), true],
        [4, lineOf('### 4.'), false],
      ],
    );
    assert.deepEqual(
      r1?.years.map((c) => c.amount),
      ['10000.00', '10000.00'],
    );
    assert.equal(r1?.total.amount, '20000.00');
    // Project 3's budget is unreadable: its years are unknown, not zero.
    assert.deepEqual(
      r3?.years.map((c) => c.amount),
      [null, null],
    );
    assert.deepEqual(
      r4?.years.map((c) => c.amount),
      ['1000.00', '1000.00'],
    );
  });

  it('attaches the written value exactly where the table disagrees', () => {
    assert.equal(written(r1?.years[0]), undefined);
    assert.deepEqual(written(r1?.years[1]), { text: '12,000', amount: '12000.00' });
    assert.equal(written(r1?.total), undefined, 'the written total 20,000 agrees with the details');
    // A blank cell disagrees with ไม่ใช้งบประมาณ (zero); `-` and `0` agree with it.
    assert.deepEqual(written(r2?.years[0]), { text: '', amount: null });
    assert.equal(written(r2?.years[1]), undefined);
    assert.equal(written(r2?.total), undefined);
    // A blank cell agrees with a year the project does not state either; an amount does not.
    assert.deepEqual(written(r3?.years[0]), { text: '5,000', amount: '5000.00' });
    assert.equal(written(r3?.years[1]), undefined);
    // Unreadable text never agrees.
    assert.deepEqual(written(r3?.total), { text: 'ห้าพัน', amount: null });
    assert.equal(
      r4?.years.some((c) => c.written),
      false,
      'a project without a row has nothing written',
    );
  });

  it('compares subtotals and the grand total, with counts, and keeps their table lines', () => {
    const sub = group?.subtotal;
    assert.equal(sub?.count, 4);
    assert.equal(sub?.writtenCount, 2);
    assert.equal(sub?.line, lineOf('| **รวม** |'));
    assert.deepEqual(
      sub?.years.map((c) => c.amount),
      ['11000.00', '11000.00'],
    );
    assert.deepEqual(written(sub?.years[0]), { text: '15,000', amount: '15000.00' });
    assert.equal(model.grandTotal.line, lineOf('| **รวมทั้งสิ้น** |'));
    assert.equal(model.grandTotal.writtenCount, undefined, 'the written count 4 agrees');
    assert.deepEqual(written(model.grandTotal.years[1]), { text: '10,000', amount: '10000.00' });
    assert.equal(model.grandTotal.total.amount, '22000.00');
  });

  it('counts problems per level and per check, as the findings say', () => {
    const { health } = model;
    const count = (level: string) => analysis.findings.filter((f) => f.level === level).length;
    assert.equal(health.errors, count('error'));
    assert.equal(health.warnings, count('warning'));
    assert.equal(health.hints, count('hint'));
    assert.ok(health.errors > 0);
    for (const c of health.checks) {
      const mine = analysis.findings.filter((f) => f.checkId === c.id);
      assert.equal(c.errors + c.warnings + c.hints, mine.length, c.id);
    }
    const sizes = health.checks.map((c) => c.errors + c.warnings + c.hints);
    assert.deepEqual(
      sizes,
      [...sizes].sort((a, b) => b - a),
      'most problems first',
    );
  });

  it('is JSON-safe: survives a round trip unchanged, amounts as strings', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
    const amounts = JSON.stringify(model).match(/"amount":("[^"]*"|null|[^,}]+)/g) ?? [];
    assert.ok(amounts.length > 10);
    for (const a of amounts) assert.match(a, /^"amount":(null|"-?\d+\.\d\d")$/);
  });
});
