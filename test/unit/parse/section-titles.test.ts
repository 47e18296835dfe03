// Section titles written as paragraphs, as Word conversions write them: bold or numbered, with the
// content below or on the same line. They are sections like headings; a numbered step is not.
import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine.js';
import { parsePlan } from '../../../server/src/parse/index.js';
import { applyEdits, firstFixEdits } from '../../support/edits.js';
import { inlinePlan } from '../../support/inline-plan.js';

const NAMES = [
  'หลักการและเหตุผล',
  'วัตถุประสงค์',
  'กลุ่มเป้าหมาย',
  'วิธีดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'งบประมาณดำเนินการ',
  'ผู้รับผิดชอบโครงการ',
  'ผลผลิต',
  'ผลลัพธ์',
];

/** A one-project plan whose details are `body` under the project heading. */
const planWith = (body: string[]): string =>
  inlinePlan(
    [],
    [
      '## มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต',
      '### 1.1 การเสริมสร้างจิตสำนึก',
      '#### 1. ชื่อโครงการ : โครงการอบรมคุณธรรม',
      '',
      ...body,
    ],
  );

const bold = (skip = ''): string[] =>
  NAMES.filter((n) => n !== skip).flatMap((n) => [
    `**${n}**`,
    '',
    n === 'งบประมาณดำเนินการ' ? 'ปีละ 20,000.- บาท' : `ข้อความของ${n}`,
    '',
  ]);
const numbered = (skip = ''): string[] =>
  NAMES.flatMap((n, i) =>
    n === skip ? [] : [`${i + 1}. ${n}: ${n === 'งบประมาณดำเนินการ' ? 'ปีละ 5,000 บาท' : 'มี'}`],
  );

describe('parse/section-titles', () => {
  it('reads bold titles as the project’s sections, with their content and budget', () => {
    const plan = parsePlan(planWith(bold()));
    const [p] = plan.projects;
    assert.deepEqual(
      p?.sections.map((s) => [s.canonical, s.form, s.empty]),
      NAMES.map((n) => [n, 'bold', false]),
    );
    assert.equal(p?.sections[0]?.text, 'ข้อความของหลักการและเหตุผล');
    assert.deepEqual([...(p?.budget.amounts.values() ?? [])], [2000000n, 2000000n, 2000000n]);
    assert.equal(
      plan.headings.some((h) => h.text === 'หลักการและเหตุผล'),
      false,
      'a paragraph title is not a heading of the document',
    );
  });

  it('reads numbered titles with the content on the same line, Thai digits too', () => {
    const body = numbered().map((l) => l.replace(/^6\./, '๖.'));
    const [p] = parsePlan(planWith(body)).projects;
    assert.deepEqual(
      p?.sections.map((s) => [s.canonical, s.form, s.text]),
      NAMES.map((n) => [n, 'numbered', n === 'งบประมาณดำเนินการ' ? 'ปีละ 5,000 บาท' : 'มี']),
    );
    const budget = p?.sections[5];
    assert.equal(budget?.contentRange.start.character, '๖. งบประมาณดำเนินการ: '.length);
    assert.deepEqual([...(p?.budget.amounts.values() ?? [])], [500000n, 500000n, 500000n]);
  });

  it('reads `**กลุ่มเป้าหมาย:** text` and keeps numbered steps as content', () => {
    const body = [
      '**กลุ่มเป้าหมาย:** พนักงานเทศบาล 50 คน',
      '',
      '**วิธีดำเนินการ**',
      '',
      '1. จัดทำหลักสูตร',
      '2. จัดอบรม',
    ];
    const [p] = parsePlan(planWith(body)).projects;
    assert.deepEqual(
      p?.sections.map((s) => [s.canonical, s.text]),
      [
        ['กลุ่มเป้าหมาย', 'พนักงานเทศบาล 50 คน'],
        ['วิธีดำเนินการ', '1. จัดทำหลักสูตร\n2. จัดอบรม'],
      ],
    );
  });

  for (const [form, body, expected] of [
    ['bold', bold('ผลผลิต'), '**ผลผลิต**'],
    ['numbered', numbered('ผลผลิต'), '8. ผลผลิต:'],
  ] as const)
    it(`the missing-section fix writes a ${form} title that then counts`, () => {
      const text = planWith(body);
      const before = analyze(text).findings.filter((f) => f.checkId === 'required-section');
      assert.equal(before.length, 1);
      const fixed = applyEdits(text, firstFixEdits(before));
      assert.ok(fixed.includes(`\n${expected}\n`), fixed);
      const after = analyze(fixed)
        .findings.map((f) => f.checkId)
        .filter((id) => id.endsWith('-section'));
      assert.deepEqual(after, ['empty-section'], 'the section counts, and is empty');
    });
});
