// The plan index: row↔project matching by number and name, and which rows each total row covers.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../server/src/parse/index.js';
import { buildIndex } from '../../server/src/model/index.js';
import { baseNameKey, splitNote } from '../../server/src/model/names.js';
import { nearMisses } from '../../server/src/checks/organization-name.js';

const plan = (rows: string[], projects: string[]): string =>
  [
    '---',
    'type: plan',
    'title: ทดสอบ',
    'organization: เทศบาลตำบลทดสอบ',
    'years: 2566-2567',
    '---',
    '| มิติ | โครงการ | ปี 2566 | ปี 2567 |',
    '| --- | --- | ---: | ---: |',
    ...rows,
    '',
    '## มิติที่ 1 ทดสอบ',
    '',
    ...projects.map((p, i) => `### ${i + 1}. ${p}\n\n#### งบประมาณ\n\nไม่ใช้งบประมาณ\n`),
  ].join('\n');

describe('model index', () => {
  it('compares names without spaces, quotes, labels or a trailing note', () => {
    assert.equal(baseNameKey('มาตรการ “เปิดเผย  ข้อมูล”'), baseNameKey('มาตรการ "เปิดเผยข้อมูล"'));
    assert.deepEqual(splitNote('กิจกรรมเฝ้าระวัง (ไม่ตรง)'), {
      base: 'กิจกรรมเฝ้าระวัง',
      note: '(ไม่ตรง)',
    });
  });

  it('matches rows by number when the names agree, else names the project the row reads like', () => {
    const p = parsePlan(
      plan(
        [
          '| มิติที่ 1 ทดสอบ | 1. โครงการพัฒนาความรู้ด้านกฎหมายให้แก่บุคลากร | 0 | 0 |',
          '|  | 2.โครงการพัฒนาความรู้ด้านกฎหมาย สำหรับบุคลากร | 0 | 0 |',
          '|  | 3. กิจกรรมเฝ้าระวังการทุจริต (ไม่ตรง) | 0 | 0 |',
          '|  | 4. มาตรการที่ไม่มีในรายละเอียดเลยแม้แต่น้อย | 0 | 0 |',
        ],
        [
          'โครงการพัฒนาความรู้ด้านกฎหมายสำหรับบุคลากร',
          'โครงการพัฒนาความรู้ด้านกฎหมายให้แก่บุคลากร',
          'กิจกรรมเฝ้าระวังการทุจริต',
          'โครงการประชุมสภาสัญจร',
        ],
      ),
    );
    const index = buildIndex(p);
    const [r1, r2, r3, r4] = index.rowMatches;
    // Row 1 is close to project 1 but equal to project 2: it reads like 2.
    assert.equal(r1?.agrees, false);
    assert.equal(r1?.project?.number, 2);
    assert.equal(r2?.agrees, false);
    assert.equal(r2?.project?.number, 1);
    assert.equal(r3?.agrees, true);
    assert.equal(r3?.note, '(ไม่ตรง)');
    assert.equal(r4?.project, undefined);
    assert.equal(index.projectsInTable.has(p.projects[3]!), false);
  });

  it('covers the rows since the previous รวม, and every row for รวมทั้งสิ้น; blanks add nothing', () => {
    const p = parsePlan(
      plan(
        [
          '| มิติที่ 1 ทดสอบ | 1. ก | 10 | 1 |',
          '|  | 2. ข |  | 2 |',
          '| รวม | จำนวน 2 โครงการ | 10 | 3 |',
          '| มิติที่ 2 ทดสอบ | 3. ค | 5 | 0 |',
          '| รวม | จำนวน 1 โครงการ | 5 | 0 |',
          '| รวมทั้งสิ้น | จำนวน 3 โครงการ | 15 | 3 |',
        ],
        ['ก', 'ข', 'ค'],
      ),
    );
    const index = buildIndex(p);
    const cover = index.totals.map((t) => [t.rows.map((r) => r.number), t.sums.get(2566)]);
    assert.deepEqual(cover, [
      [[1, 2], 1000n],
      [[3], 500n],
      [[1, 2, 3], 1500n],
    ]);
    assert.equal(index.grandSums.get(2567), 300n);
    assert.equal(index.dimensionSums.get(2)?.get(2566), 500n);
  });

  it('finds near-miss spellings of the organisation anchored on either end', () => {
    const org = 'เทศบาลตำบลพอกน้อย';
    const text = 'ของเทศบาลตำพอกน้อยและเทสบาลตำบลพอกน้อย ไม่ใช่เทศบาลตำบลพอกน้อย';
    const found = nearMisses(text, org, 2).map(([a, b]) => text.slice(a, b));
    assert.deepEqual(found, ['เทศบาลตำพอกน้อย', 'เทสบาลตำบลพอกน้อย']);
  });
});
