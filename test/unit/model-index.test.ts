// The plan index: row↔project matching by number and name, and which rows each total row covers.
import { strict as assert } from 'node:assert';
import { parsePlan } from '../../server/src/parse/index.js';
import { buildIndex } from '../../server/src/model/index.js';
import { baseNameKey, splitNote } from '../../server/src/model/names.js';
import { nearMisses } from '../../server/src/checks/organization-name.js';
import { analyze } from '../../server/src/engine.js';

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

  it('keeps the match objects of rows that match as before when a project is renamed or added', () => {
    const projects = ['โครงการอบรมคุณธรรม', 'กิจกรรมเฝ้าระวังการทุจริต', 'มาตรการเปิดเผยข้อมูล'];
    const rows = projects.map(
      (name, i) => `| ${i ? '' : 'มิติที่ 1 ทดสอบ'} | ${i + 1}. ${name} | 0 | 0 |`,
    );
    // As lines, the way the server hands an edited document over.
    const lines = (names: string[]): string[] => plan(rows, names).split('\n');
    const before = analyze(lines(projects));
    const renamed = analyze(
      lines(projects.map((n, i) => (i === 1 ? `${n}ประจำปี` : n))),
      undefined,
      before,
    );
    const [m1, m2, m3] = renamed.index.rowMatches;
    assert.equal(m1, before.index.rowMatches[0]);
    assert.notEqual(m2, before.index.rowMatches[1]);
    assert.equal(m2?.project, renamed.plan.projects[1]);
    assert.equal(m3, before.index.rowMatches[2]);
    // A project added after the others: every row is matched again, and each match is the one it was.
    const added = analyze(lines([...projects, 'โครงการใหม่ที่ไม่มีในตาราง']), undefined, before);
    assert.deepEqual(
      added.index.rowMatches.map((m, i) => m === before.index.rowMatches[i]),
      [true, true, true],
    );
    assert.equal(added.plan.projects.length, 4);
  });

  it('after a rename, matches every row as a match from scratch would, other rows it now names included', () => {
    const names = ['โครงการอบรมคุณธรรม', 'กิจกรรมเฝ้าระวังการทุจริต', 'มาตรการเปิดเผยข้อมูลข่าวสาร'];
    // Row 3 spells its project otherwise; row 4 repeats row 1's name under another number.
    const rowNames = [names[0], names[1], 'มาตรการเปิดเผยข้อมูลข่าวสารของ อบต.', names[0]];
    const rows = rowNames.map(
      (name, i) => `| ${i ? '' : 'มิติที่ 1 ทดสอบ'} | ${i + 1}. ${name} | 0 | 0 |`,
    );
    const lines = (projects: string[]): string[] => plan(rows, projects).split('\n');
    const summary = (a: ReturnType<typeof analyze>) =>
      a.index.rowMatches.map((m) => [
        m.row.number,
        m.byNumber?.number,
        m.best?.number,
        m.bestSimilarity,
        m.agrees,
        m.project?.number,
      ]);
    let last = analyze(lines(names));
    // Project 1 takes row 3's spelling (row 3 now names it exactly), then its name back.
    for (const first of [rowNames[2] as string, 'โครงการอบรมคุณธรรมจริยธรรม', names[0] as string]) {
      const text = lines([first, ...names.slice(1)]);
      const next = analyze(text, undefined, last);
      assert.deepEqual(summary(next), summary(analyze(text)), `renamed to ${first}`);
      last = next;
    }
    assert.equal(last.index.rowMatches[2]?.best?.number, 3);
  });

  it('finds near-miss spellings of the organisation anchored on either end', () => {
    const org = 'เทศบาลตำบลพอกน้อย';
    const text = 'ของเทศบาลตำพอกน้อยและเทสบาลตำบลพอกน้อย ไม่ใช่เทศบาลตำบลพอกน้อย';
    const found = nearMisses(text, org, 2).map(([a, b]) => text.slice(a, b));
    assert.deepEqual(found, ['เทศบาลตำพอกน้อย', 'เทสบาลตำบลพอกน้อย']);
  });
});
