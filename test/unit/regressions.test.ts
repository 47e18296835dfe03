// Regressions found by the property tests (test/fuzz): each the minimal counterexample fast-check shrank
// to, kept here so that the bug stays fixed whatever seed the fuzzing runs with.
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine.js';
import { parsePlan } from '../../server/src/parse/index.js';
import { stampOldLines } from '../../server/src/checks/old-lines.js';
import type { ProblemData } from '../../server/src/checks/types.js';
import { isFresh } from '../../server/src/features/fixes/data.js';
import { regenerateTableEdit } from '../../server/src/features/fixes/regenerate.js';
import { splitLines } from '../../server/src/parse/lines.js';
import { assertRanges, TABLE_CONSISTENCY } from '../fuzz/support/invariants.js';

/** The text with the edit applied, as an editor would. */
function edited(text: string, edit: Parameters<typeof TextDocument.applyEdits>[1][number]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///r.plan.md', 'markdown', 1, text), [
    edit,
  ]);
}

/** Half of a surrogate pair on its own. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('regressions found by fuzzing', () => {
  describe('front-matter: a YAML error range stays on its line, in order', () => {
    it('a duplicate key with an empty value (error starts at the end of the line)', () => {
      const text = '---\nyears:\nyears:\n---\n';
      const analysis = analyze(text);
      assertRanges(text, analysis);
      const f = analysis.findings.find((x) => x.checkId === 'front-matter');
      assert.deepEqual(f?.range, {
        start: { line: 1, character: 6 },
        end: { line: 1, character: 6 },
      });
    });

    it('a key broken by a lone CR (the line is shorter than the `---` fence)', () => {
      const text = '---\nt\rype: plan\n---\n';
      const analysis = analyze(text);
      assertRanges(text, analysis);
      const f = analysis.findings.find((x) => x.checkId === 'front-matter');
      assert.deepEqual(f?.range, {
        start: { line: 1, character: 0 },
        end: { line: 1, character: 1 },
      });
    });
  });

  it('table: a backtick run in a cell does not swallow the pipes after it (cells split as in GFM)', () => {
    // Shrunk from the fuzz profile (seed 20261125): the row's cells were misaligned, so the
    // "update the row" fix wrote the project cell at the end of the line, again at every fix-all.
    const text =
      '---\ntitle: t\norganization: เทศบาลตำบลก\nyears: 2560-2560\n---\n' +
      '| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2560 |\n| --- | --- | ---: |\n' +
      '| ``` | 1. โครงการ ก | 0 |\n';
    const row = parsePlan(text).table?.rows[0];
    const line = splitLines(text)[7] ?? '';
    const r = row?.projectCell?.range;
    assert.equal(r && line.slice(r.start.character, r.end.character), '1. โครงการ ก');
    assert.equal(row?.number, 1);
  });

  it('a fix whose edits would write what is already there is not offered', () => {
    const lines = ['| 1 | 2 |'];
    const range = { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } };
    const problems: { data?: ProblemData }[] = [
      {
        data: {
          fixes: [{ title: { key: 'organization-name.fix' }, edits: [{ range, newText: '1' }] }],
        },
      },
    ];
    stampOldLines(lines, problems);
    assert.deepEqual(problems[0]?.data?.fixes, []);
  });

  it('organization-name: a near miss never starts or ends inside a surrogate pair', () => {
    // Shrunk from a CI run: an astral character (U+10000) typed into the organisation's name.
    const text =
      '---\ntitle: t\norganization: ชื่อองค์กรปกครองส่วนท้องถิ่น\nyears: 2566-2570\n---\n' +
      '# แผน ของช\u{10000}ื่อองค์กรปกครองส่วนท้องถิ่นั\n';
    const analysis = analyze(text);
    assertRanges(text, analysis);
    for (const f of analysis.findings.filter((x) => x.checkId === 'organization-name')) {
      const line = splitLines(text)[f.range.start.line] ?? '';
      const found = line.slice(f.range.start.character, f.range.end.character);
      assert.doesNotMatch(found, LONE_SURROGATE, 'a finding with half a surrogate pair');
    }
  });

  it('front matter: a YAML error over NUL and a line break stays inside its lines (yaml misses the break)', () => {
    const text = '---\n\u0000\n#### 1. โครงการทดสอบ\n\u0000\n\u0000\n---';
    const analysis = analyze(text);
    assertRanges(text, analysis);
    assert.deepEqual(analysis.plan.frontMatter.issues[0]?.range, {
      start: { line: 3, character: 0 },
      end: { line: 4, character: 1 },
    });
  });

  describe('regenerate the summary table', () => {
    it('is idempotent when the table starts with a whole amount and the details with a fraction', () => {
      const text = [
        '---',
        'title: t',
        'organization: เทศบาลตำบลทดสอบ',
        'years: 2560',
        '---',
        '| มิติ | โครงการ | ปี 2560 |',
        '| --- | --- | ---: |',
        '| มิติที่ 1 ก | 2. โครงการข | 0 |',
        '|  | 1. โครงการก | 0.01 |',
        '| รวม | จำนวน 2 โครงการ | 0.01 |',
        '| รวมทั้งสิ้น | จำนวน 2 โครงการ | 0.01 |',
        '## มิติที่ 1 ก',
        '### 1. โครงการก',
        '#### งบประมาณดำเนินการ',
        'ปีละ 0.01 บาท',
        '### 2. โครงการข',
        '#### งบประมาณดำเนินการ',
        'ไม่ใช้งบประมาณ',
        '',
      ].join('\n');
      const first = analyze(text);
      const edit = regenerateTableEdit(first.plan, first.index);
      assert.ok(edit);
      const once = edited(text, edit);
      assert.match(
        once,
        /\| 2\. โครงการข \| 0 \|/,
        'a whole amount keeps the plan’s style (no .00)',
      );
      const again = analyze(once);
      assert.equal(regenerateTableEdit(again.plan, again.index), undefined);
    });

    it('keeps a written mission cell with an escaped pipe as written (not escaped twice)', () => {
      const text = [
        '---',
        'title: t',
        'organization: เทศบาลตำบลทดสอบ',
        'years: 2560',
        '---',
        '| มิติ | ภารกิจ | โครงการ | ปี 2560 |',
        '| --- | --- | --- | ---: |',
        '| มิติที่ 1 ก | ก\\|ข | 1. โครงการก | 5 |',
        '| รวม |  | จำนวน 1 โครงการ | 5 |',
        '| รวมทั้งสิ้น |  | จำนวน 1 โครงการ | 5 |',
        '## มิติที่ 1 ก',
        '### 1. โครงการก',
        '#### งบประมาณดำเนินการ',
        'ไม่ใช้งบประมาณ',
        '',
      ].join('\n');
      const first = analyze(text);
      const edit = regenerateTableEdit(first.plan, first.index);
      assert.ok(edit);
      const once = edited(text, edit);
      assert.match(once, /^\| มิติที่ 1 ก \| ก\\\|ข \| 1\. โครงการก \| 0 \|$/m);
      const again = analyze(once);
      assert.deepEqual(
        again.findings.filter((f) => TABLE_CONSISTENCY.has(f.checkId)).map((f) => f.checkId),
        [],
      );
    });
  });

  describe('required-section: the fix cannot insert its heading twice', () => {
    it('a section missing at the end of a project goes before the next heading (stale once applied)', () => {
      const text = [
        '---',
        'title: t',
        'organization: เทศบาลตำบลทดสอบ',
        'years: 2560',
        'required-sections: [วัตถุประสงค์, ผลลัพธ์]',
        '---',
        '## มิติที่ 1 ก',
        '### 1. โครงการก',
        '#### วัตถุประสงค์',
        'ข้อความ',
        '',
        '### 2. โครงการข',
        '#### วัตถุประสงค์',
        'ข้อความอื่น',
        '#### ผลลัพธ์',
        'ผล',
        '',
      ].join('\n');
      const [finding] = analyze(text).findings.filter((f) => f.checkId !== 'plan-parts');
      const fix = finding?.data?.fixes?.[0];
      assert.equal(finding?.checkId, 'required-section');
      assert.ok(fix && isFresh(fix, splitLines(text)));
      const [edit] = fix.edits;
      assert.ok(edit);
      const once = edited(text, edit);
      assert.match(once, /ข้อความ\n\n#### ผลลัพธ์\n\n### 2\. โครงการข/);
      // The fragment has no summary table on purpose: plan-parts says so, and is not what is tested.
      assert.deepEqual(
        analyze(once)
          .findings.filter((f) => f.checkId !== 'plan-parts')
          .map((f) => f.checkId),
        ['empty-section'],
        'the new section is there, still to be filled in',
      );
      assert.equal(
        isFresh(fix, splitLines(once)),
        false,
        'the same fix is stale after it was applied',
      );
    });

    it('at the end of a plan that ends with a newline, the heading takes the blank last line', () => {
      const text =
        '---\ntitle: t\norganization: เทศบาลตำบลทดสอบ\nyears: 2560\nrequired-sections: [ผลลัพธ์]\n---\n## มิติที่ 1 ก\n### 1. โครงการก\n';
      const fix = analyze(text).findings[0]?.data?.fixes?.[0];
      assert.ok(fix?.edits[0]);
      const once = edited(text, fix.edits[0]);
      assert.equal(once, text + '#### ผลลัพธ์\n');
      assert.equal(isFresh(fix, splitLines(once)), false);
    });
  });

  it('required-section: a configured name with Markdown characters is inserted escaped, so the fix fixes', () => {
    const text = [
      '---',
      'title: t',
      'organization: เทศบาลตำบลทดสอบ',
      'years: 2560',
      'required-sections: ["*ผล*"]',
      '---',
      '## มิติที่ 1 ก',
      '### 1. โครงการก',
      '',
    ].join('\n');
    const edit = analyze(text).findings[0]?.data?.fixes?.[0]?.edits[0];
    assert.equal(edit?.newText, '#### \\*ผล\\*\n');
    const left = analyze(edited(text, edit)).findings.filter(
      (f) => f.checkId === 'required-section',
    );
    assert.deepEqual(left, []);
  });

  it('required-section: no fix that would put the heading inside a code block left open', () => {
    const text = [
      '---',
      'title: t',
      'organization: เทศบาลตำบลทดสอบ',
      'years: 2560',
      'required-sections: [ผลลัพธ์]',
      '---',
      '## มิติที่ 1 ก',
      '### 1. โครงการก',
      '```',
      'ไม่ได้ปิด',
    ].join('\n');
    const [finding] = analyze(text).findings;
    assert.equal(finding?.checkId, 'required-section');
    assert.deepEqual(finding?.data?.fixes, []);
  });

  it('required-section: a name listed twice is one requirement (fix-all no longer inserts it forever)', () => {
    const text = [
      '---',
      'title: t',
      'organization: เทศบาลตำบลทดสอบ',
      'years: 2560',
      'required-sections: [งบประมาณดำเนินการ, งบประมาณดำเนินการ]',
      '---',
      '## มิติที่ 1 ก',
      '### 1. โครงการก',
      '#### งบประมาณดำเนินการ',
      'ไม่ใช้งบประมาณ',
      '',
    ].join('\n');
    // No summary table on purpose (plan-parts says so); nothing else may be reported.
    assert.deepEqual(
      analyze(text).findings.filter((f) => f.checkId !== 'plan-parts'),
      [],
    );
  });
});
