// Inline suppression comments: disable-next-line for the next non-blank line, disable/enable regions,
// with ids or for every check; never inside code blocks.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine.js';
import { inlinePlan, sections, TABLE_HEAD } from '../support/inline-plan.js';

/** A clean plan with `prose` before the table: each line of it may hold a problem or a comment. */
function plan(prose: string[]): string {
  return inlinePlan(
    [
      ...TABLE_HEAD,
      '| มิติที่ 1 การสร้างสังคม | 1.1 การเสริมสร้างจิตสำนึก | 1. โครงการอบรมคุณธรรม | 0 | 0 | 0 | |',
      '| รวม |  | จำนวน 1 โครงการ | 0 | 0 | 0 | |',
      '| รวมทั้งสิ้น |  | จำนวน 1 โครงการ | 0 | 0 | 0 | |',
    ],
    [
      '## มิติที่ 1 การสร้างสังคม',
      '### 1.1 การเสริมสร้างจิตสำนึก',
      '#### 1. โครงการอบรมคุณธรรม',
      sections('ไม่ใช้งบประมาณ'),
    ],
    prose.join('\n'),
  );
}

/** `checkId@text of its line` for every finding. */
function found(text: string): string[] {
  const lines = text.split('\n');
  return analyze(text).findings.map((f) => `${f.checkId}@${lines[f.range.start.line]}`);
}

const MISSPELT = 'ประกาศของเทศบาลตำทดสอบ';
const PLACEHOLDER = 'ผู้รับผิดชอบ: ระบุชื่อ องค์กรปกครองส่วนท้องถิ่น';

describe('inline suppression', () => {
  it('without comments the problems are reported (the baseline the other tests rely on)', () => {
    assert.deepEqual(found(plan([MISSPELT, '', PLACEHOLDER])), [
      `organization-name@${MISSPELT}`,
      `placeholder-text@${PLACEHOLDER}`,
    ]);
  });

  it('disable-next-line turns off the named check on the next non-blank line only', () => {
    const text = plan([
      '<!-- plancheck-disable-next-line organization-name -->',
      '',
      MISSPELT,
      '',
      `${MISSPELT} อีกครั้ง`,
    ]);
    assert.deepEqual(found(text), [`organization-name@${MISSPELT} อีกครั้ง`]);
  });

  it('disable-next-line with another id, or several ids, or none', () => {
    const other = plan(['<!-- plancheck-disable-next-line placeholder-text -->', MISSPELT]);
    assert.deepEqual(found(other), [`organization-name@${MISSPELT}`]);
    const line = `${MISSPELT} ${PLACEHOLDER}`;
    const several = plan([
      '<!-- plancheck-disable-next-line placeholder-text organization-name -->',
      line,
    ]);
    assert.deepEqual(found(several), []);
    assert.deepEqual(found(plan(['<!-- plancheck-disable-next-line -->', line])), []);
  });

  it('a disable … enable region turns a check off between the comments', () => {
    const text = plan([
      MISSPELT,
      '<!-- plancheck-disable organization-name -->',
      `${MISSPELT} หนึ่ง`,
      PLACEHOLDER,
      `${MISSPELT} สอง`,
      '<!-- plancheck-enable organization-name -->',
      `${MISSPELT} สาม`,
    ]);
    assert.deepEqual(found(text), [
      `organization-name@${MISSPELT}`,
      `placeholder-text@${PLACEHOLDER}`,
      `organization-name@${MISSPELT} สาม`,
    ]);
  });

  it('a region without ids turns every check off; enabling one id brings back only that one', () => {
    const text = plan([
      '<!-- plancheck-disable -->',
      MISSPELT,
      PLACEHOLDER,
      '<!-- plancheck-enable placeholder-text -->',
      `${MISSPELT} อีก`,
      `อีก ${PLACEHOLDER}`,
      '<!-- plancheck-enable -->',
      `${MISSPELT} ท้าย`,
    ]);
    assert.deepEqual(found(text), [
      `placeholder-text@อีก ${PLACEHOLDER}`,
      `organization-name@${MISSPELT} ท้าย`,
    ]);
  });

  it('a region left open runs to the end of the plan, table and details included', () => {
    const text = plan(['<!-- plancheck-disable -->']).replace(
      '| 1. โครงการอบรมคุณธรรม | 0 |',
      '| 1. โครงการอบรมคุณธรรม |  |',
    );
    assert.deepEqual(found(text), []);
    assert.deepEqual(found(text.replace('<!-- plancheck-disable -->', '')), [
      'budget-missing@| มิติที่ 1 การสร้างสังคม | 1.1 การเสริมสร้างจิตสำนึก | 1. โครงการอบรมคุณธรรม |  | 0 | 0 | |',
    ]);
  });

  it('comments inside fenced code are only text', () => {
    const text = plan(['```', '<!-- plancheck-disable -->', '```', MISSPELT]);
    assert.deepEqual(found(text), [`organization-name@${MISSPELT}`]);
  });
});
