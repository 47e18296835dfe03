// What a row that disagrees with the details is told: its own text and where it differs, the name of
// the project its number now has, and — when many rows follow another order — one problem for all.
import { strict as assert } from 'node:assert';
import { analyze, type Finding } from '../../server/src/engine.js';
import { formatMessage } from '../../server/src/i18n/index.js';
import { inlinePlan, sections } from '../support/inline-plan.js';

/** A plan whose table rows are `rows` (number, name) and whose details are `projects` (number, name). */
function plan(rows: [number, string][], projects: [number, string][]): string {
  const table = [
    '| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | ปี 2568 |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows.map(
      ([n, name], i) => `| ${i === 0 ? 'มิติที่ 1 การสร้าง' : ''} | ${n}. ${name} | 0 | 0 | 0 |`,
    ),
    `| รวมทั้งสิ้น | จำนวน ${rows.length} โครงการ | 0 | 0 | 0 |`,
  ];
  const details = [
    '## มิติที่ 1 การสร้าง',
    '',
    ...projects.flatMap(([n, name]) => [`#### ${n}. ${name}`, '', sections('ไม่ใช้งบประมาณ')]),
  ];
  return inlinePlan(table, details);
}

const en = (f: Finding | undefined): string =>
  f ? formatMessage(f.message.key, f.message.args, 'en') : '<none>';

const NAMES = [
  'โครงการอบรมคุณธรรมจริยธรรมบุคลากรท้องถิ่น',
  'โครงการประกวดคำขวัญต่อต้านการทุจริต',
  'มาตรการเปิดเผยข้อมูลสาธารณะ',
  'กิจกรรมประกาศเจตจำนงสุจริตของผู้บริหาร',
] as const;
const numbered = (names: readonly string[]): [number, string][] => names.map((n, i) => [i + 1, n]);

describe('table messages', () => {
  it('a row written a little differently from its project says where they differ', () => {
    const rows = numbered(NAMES).map(([n, name]): [number, string] =>
      n === 1 ? [n, 'โครงการอบรมคุณธรรมจริยธรรมบุคลกรท้องถิ่น'] : [n, name],
    );
    const { findings } = analyze(plan(rows, numbered(NAMES)));
    assert.deepEqual(
      findings.map((f) => f.message.key),
      ['table-project-mismatch.name-differs'],
    );
    const message = en(findings[0]);
    assert.match(message, /the table has "…[^"]*บุคลกร[^"]*", the details have "…[^"]*บุคลากร[^"]*"/);
    // Both directions are offered: the row from the project, or the project from the row.
    assert.equal(findings[0]?.data?.fixes?.length, 2);
  });

  it('a row whose project was renamed to something unrelated names what its number is now called', () => {
    const projects = numbered(NAMES).map(([n, name]): [number, string] =>
      n === 3 ? [n, 'โครงการปลูกต้นไม้เฉลิมพระเกียรติ'] : [n, name],
    );
    const { findings } = analyze(plan(numbered(NAMES), projects));
    assert.deepEqual(
      findings.map((f) => [f.checkId, f.message.key]),
      [
        ['table-row-without-project', 'table-row-without-project.numbered-differs'],
        ['project-missing-from-table', 'project-missing-from-table.no-row'],
      ],
    );
    assert.match(
      en(findings[0]),
      /Row 3 "มาตรการเปิดเผยข้อมูลสาธารณะ".*project 3 in the details is "โครงการปลูกต้นไม้/,
    );
  });

  it('two swapped rows are reported one by one, with the row’s own text', () => {
    const rows: [number, string][] = [
      [1, NAMES[1]],
      [2, NAMES[0]],
      [3, NAMES[2]],
      [4, NAMES[3]],
    ];
    const { findings } = analyze(plan(rows, numbered(NAMES)));
    assert.deepEqual(
      findings.map((f) => f.message.key),
      ['table-project-mismatch.reads-like', 'table-project-mismatch.reads-like'],
    );
    assert.match(en(findings[0]), /^Row 1 "โครงการประกวดคำขวัญต่อต้านการทุจริต" reads like project 2/);
  });

  it('three or more rows in another order are one problem on the header, each row in its related information', () => {
    const rows: [number, string][] = [
      [1, NAMES[1]],
      [2, NAMES[2]],
      [3, NAMES[0]],
      [4, NAMES[3]],
    ];
    const text = plan(rows, numbered(NAMES));
    const { findings, plan: parsed } = analyze(text);
    assert.deepEqual(
      findings.map((f) => f.checkId),
      ['table-order'],
    );
    const [order] = findings;
    assert.equal(order?.range.start.line, parsed.table?.headerRange.start.line);
    assert.match(en(order), /^3 rows .* \(row → project: 1 → 2, 2 → 3, 3 → 1\)/);
    assert.deepEqual(
      order?.related?.map((r) => formatMessage(r.message.key, r.message.args, 'en').slice(0, 18)),
      ['Row 1 is project 2', 'Row 2 is project 3', 'Row 3 is project 1'],
    );
    // The fix renumbers the three rows; nothing of the table is left to report.
    const lines = text.split('\n');
    for (const e of order?.data?.fixes?.[0]?.edits ?? []) {
      const l = lines[e.range.start.line] ?? '';
      lines[e.range.start.line] =
        l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
    }
    assert.deepEqual(analyze(lines.join('\n')).findings, []);
  });

  it('a total that is blank or wrong says what to write there, in Thai and in English', () => {
    const text = plan(numbered(NAMES), numbered(NAMES)).replace(
      `| รวมทั้งสิ้น | จำนวน ${NAMES.length} โครงการ | 0 | 0 | 0 |`,
      `| รวมทั้งสิ้น | จำนวน ${NAMES.length} โครงการ | 5,000 |  | 0 |`,
    );
    const totals = analyze(text).findings.filter((f) => f.checkId === 'grand-total');
    const th = (f: Finding | undefined): string =>
      f ? formatMessage(f.message.key, f.message.args, 'th') : '<none>';
    const wrong = totals.find((f) => f.message.key === 'grand-total.wrong');
    const blank = totals.find((f) => f.message.key === 'grand-total.blank');
    assert.match(en(wrong), /written 5,000, computed 0, difference 5,000\. Write 0, or check/);
    assert.match(th(wrong), /กรุณาแก้เป็น 0 หรือตรวจจำนวนเงินในแถวโครงการ$/);
    assert.match(en(blank), /is blank; all project rows add up to 0\. Write 0 in this cell\.$/);
    assert.match(th(blank), /ยังว่างอยู่ ผลบวกของทุกแถวโครงการคือ 0 กรุณาใส่ 0 ในช่องนี้$/);
  });
});
