// Small plans written inline in tests: front matter, a summary table and projects with every section.
import {
  BUDGET_SECTION,
  defaultRequiredSections,
} from '../../server/src/model/required-sections.js';

/** The nine required sections of a project, with `budget` as its budget text (too short to look duplicated). */
export function sections(budget: string, level = 5): string {
  const h = '#'.repeat(level);
  return [
    ['หลักการและเหตุผล', 'ป้องกันการทุจริต'],
    ['วัตถุประสงค์', 'ให้รู้จริยธรรม'],
    ['กลุ่มเป้าหมาย', 'บุคลากร'],
    ['วิธีดำเนินการ', 'อบรม'],
    ['ระยะเวลาดำเนินการ', 'ไตรมาส 2'],
    ['งบประมาณดำเนินการ', budget],
    ['ผู้รับผิดชอบโครงการ', 'สำนักปลัด'],
    ['ผลผลิต', 'ผู้เข้าอบรม'],
    ['ผลลัพธ์', 'ทำตามจริยธรรม'],
  ]
    .map(([title, text]) => `${h} ${title}\n\n${text}\n`)
    .join('\n');
}

/** A whole plan for 2566–2568 of เทศบาลตำบลทดสอบ: `table` lines under ส่วนที่ 2, `details` under ส่วนที่ 3. */
export function inlinePlan(table: string[], details: string[], prose = ''): string {
  return [
    '---',
    'type: plan',
    'title: แผนปฏิบัติการป้องกันการทุจริต 3 ปี (พ.ศ. 2566–2568)',
    'organization: เทศบาลตำบลทดสอบ',
    'years: 2566-2568',
    '---',
    '',
    '# แผนปฏิบัติการป้องกันการทุจริต 3 ปี (พ.ศ. 2566–2568) ของเทศบาลตำบลทดสอบ',
    '',
    ...(prose ? [prose, ''] : []),
    '## ส่วนที่ 2 บัญชีโครงการ',
    '',
    ...table,
    '',
    '## ส่วนที่ 3 รายละเอียดโครงการ',
    '',
    ...details,
    '',
  ].join('\n');
}

/** The header and delimiter lines of a table with dimension, mission, three years and a note. */
export const TABLE_HEAD = [
  '| มิติ | ภารกิจ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 | หมายเหตุ |',
  '| --- | --- | --- | ---: | ---: | ---: | --- |',
];

/**
 * The default required sections, `######` headings in template order: the budget section holds
 * `budget`, every other one `text(name)`; sections named in `missing` are left out.
 */
export function templateSections(
  budget: string,
  text: (name: string) => string,
  missing: readonly string[] = [],
): string {
  return defaultRequiredSections
    .map((r) => r.name)
    .filter((name) => !missing.includes(name))
    .map((name) => `###### ${name}\n\n${name === BUDGET_SECTION ? budget : text(name)}\n`)
    .join('\n');
}
