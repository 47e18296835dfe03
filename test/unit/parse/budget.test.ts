// The budget reader on every form the issue of real plans lists: each text is read exactly as a
// person reads it, or gives issues naming the words it could not settle, never a guessed amount.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../../server/src/parse/index.js';
import type { Budget } from '../../../server/src/model/types.js';
import { inlinePlan, sections } from '../../support/inline-plan.js';

/** The budget of the only project of a 2566–2568 plan whose budget section is `text`. */
function budgetOf(text: string): Budget {
  const plan = parsePlan(
    inlinePlan(
      [],
      [
        '## มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต',
        '### 1.1 การเสริมสร้างจิตสำนึก',
        '#### 1. ชื่อโครงการ : โครงการอบรมคุณธรรม',
        '',
        sections(text),
      ],
    ),
  );
  const budget = plan.projects[0]?.budget;
  assert.ok(budget, 'the project is read');
  return budget;
}

/** The amounts per year in baht, `2566:20000 2567:…`, or the issues as `reason "text"`. */
function reading(text: string): string {
  const b = budgetOf(text);
  const issues = b.issues.map((i) => `${i.reason} "${i.text}"`);
  if (issues.length) return issues.join('; ');
  if (b.kind === 'unreadable' || b.kind === 'absent') return b.kind;
  return [...b.amounts].map(([y, v]) => `${y}:${v / 100n}`).join(' ');
}

const ALL = (a: number, b = a, c = a) => `2566:${a} 2567:${b} 2568:${c}`;

describe('parse/budget: what a budget text says', () => {
  const read: [string, string][] = [
    ['ปีละ 20,000 บาท', ALL(20000)],
    ['ปีละ 20,000.- บาท', ALL(20000)],
    ['20000.-', ALL(20000)],
    ['ปีละ 20 000 บาท', ALL(20000)],
    ['ปีละ ๒๐,๐๐๐ บาท', ALL(20000)],
    ['จำนวน 20,000.00 บาท (สองหมื่นบาทถ้วน)', ALL(20000)],
    ['2566 = 20,000 บาท', ALL(20000, 0, 0)],
    ['ปี 2566 = 5,000 บาท, ปี 2567 = 0 บาท, ปี 2568 = 5,000 บาท', ALL(5000, 0, 5000)],
    ['20,000 บาท ปี 2568', ALL(0, 0, 20000)],
    ['20,000 บาท ปี 2566 และ 2567', ALL(20000, 20000, 0)],
    ['ปีละ 3,000 บาท ไม่ใช้งบประมาณในปี 2567', ALL(3000, 0, 3000)],
    ['ปีละ 20,000 บาท ปี 2567 25,000 บาท', ALL(20000, 25000, 20000)],
    ['ปี 2566–2567 ปีละ 10,000 บาท', ALL(10000, 10000, 0)],
    ['ไม่ใช้งบประมาณ', ALL(0)],
    ['ไม่ได้ใช้งบประมาณ', ALL(0)],
    ['ไม่มีค่าใช้จ่าย', ALL(0)],
    ['-', ALL(0)],
    ['–', ALL(0)],
    ['0.00', ALL(0)],
    ['ค่าอาหาร 12,000 บาท\nค่าวัสดุ 3,000 บาท\nรวม 15,000 บาท', ALL(15000)],
    ['ปีละ 10,000 บาท รวม 3 ปี 30,000 บาท', ALL(10000)],
  ];
  for (const [text, expected] of read)
    it(`reads ${JSON.stringify(text)}`, () => assert.equal(reading(text), expected));
});

describe('parse/budget: what it cannot read is named, never guessed', () => {
  const refused: [string, string][] = [
    ['ปีละ 2O,000 บาท', 'unreadable "2O,000"'],
    ['ปีละ 2,00,00 บาท', 'unreadable "2,00,00"'],
    ['ปีละ 1e309 บาท', 'unreadable "1e309"'],
    ['ปีละ 20,000-30,000 บาท', 'range "20,000-30,000"'],
    ['ปี 2567 0 บาท ปี 2571 5,000 บาท', 'year-outside "2571"'],
    ['ค่าอาหาร 3,000 บาท ค่าวัสดุ 2,000 บาท', 'ambiguous "2,000"'],
    ['ค่าอาหาร 12,000 บาท\nค่าวัสดุ 3,000 บาท\nรวม 20,000 บาท', 'sum "20,000"'],
    ['ปีละ 10,000 บาท รวม 3 ปี 20,000 บาท', 'sum "20,000"'],
    ['ห้าพันบาท', 'unreadable'],
  ];
  for (const [text, expected] of refused)
    it(`refuses ${JSON.stringify(text)}`, () => assert.equal(reading(text), expected));

  it('an amount for a year outside the plan is not counted, the others stay', () => {
    const b = budgetOf('ปี 2566 = 5,000 บาท ปี 2571 = 5,000 บาท');
    assert.deepEqual(
      b.issues.map((i) => [i.reason, i.year]),
      [['year-outside', 2571]],
    );
    assert.equal(b.amounts.get(2566), 500000n);
  });

  it('two amounts for one year are a conflict, not the last one', () => {
    assert.equal(reading('ปี 2566 = 5,000 บาท ปี 2566 = 6,000 บาท'), 'conflict "6,000"');
  });
});

describe('parse/budget: a budget table', () => {
  const table = (rows: string[]) =>
    ['| ปีงบประมาณ | จำนวนเงิน (บาท) |', '| --- | ---: |', ...rows].join('\n');

  it('reads a year per row and checks its รวม row', () => {
    const rows = ['| 2566 | 20,000 |', '| 2567 | 10,000 |', '| 2568 | - |'];
    assert.equal(reading(table([...rows, '| รวม | 30,000 |'])), ALL(20000, 10000, 0));
    assert.equal(reading(table([...rows, '| รวม | 50,000 |'])), 'table-total "50,000"');
  });

  it('checks a year column against its cost lines', () => {
    const t = [
      '| รายการ | 2566 | 2567 | 2568 |',
      '| --- | ---: | ---: | ---: |',
      '| ค่าอาหาร | 5,000 | 5,000 | 5,000 |',
      '| ค่าวัสดุ | 1,000 | 1,000 | 1,000 |',
      '| รวม | 6,000 | 7,000 | 6,000 |',
    ].join('\n');
    const b = budgetOf(t);
    assert.deepEqual(
      b.issues.map((i) => [i.reason, i.year, i.text]),
      [['table-total', 2567, '7,000']],
    );
    assert.equal(b.amounts.get(2566), 600000n);
    assert.equal(b.amounts.has(2567), false, 'the year whose total is off stays unknown');
  });
});
