// The fixes the code actions offer beyond single cells: both directions of a table/details disagreement,
// renumbering the whole plan, a regenerated table that keeps its layout and notes, and untrusted data.
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionParams, Diagnostic, TextDocumentEdit } from 'vscode-languageserver/node.js';
import { analyze } from '../../server/src/engine.js';
import { toDiagnostic } from '../../server/src/features/diagnostics.js';
import { codeActions, FIX_ALL_KIND } from '../../server/src/features/code-actions.js';
import { fixLookup, isFresh } from '../../server/src/features/fixes/data.js';
import { renumberEdits } from '../../server/src/features/fixes/renumber.js';
import { regenerateTableEdit } from '../../server/src/features/fixes/regenerate.js';
import { applyEdits } from '../support/edits.js';
import { inlinePlan, sections, TABLE_HEAD } from '../support/inline-plan.js';

const URI = 'file:///plans/t.plan.md';

/** A plan whose projects 2 and 3 are numbered 3 and 4, with a mission numbered 1.2, and references. */
const misnumbered = inlinePlan(
  [
    ...TABLE_HEAD,
    '| มิติที่ 1 การสร้างสังคม | 1.2 การเสริมสร้างจิตสำนึก | 1. โครงการอบรมคุณธรรม | 20,000 | 20,000 | 20,000 | |',
    '|  |  | 3. โครงการประกวดคำขวัญ | 0 | 0 | 0 | ต่อเนื่อง |',
    '| รวม |  | จำนวน 2 โครงการ | 20,000 | 20,000 | 20,000 | |',
    '| มิติที่ 2 การบริหารราชการ | 2.1 การเปิดเผยข้อมูล | ๔. มาตรการเปิดเผยข้อมูลสาธารณะ | 5,000 | 5,000 | 5,000 | |',
    '| รวม |  | จำนวน 1 โครงการ | 5,000 | 5,000 | 5,000 | |',
    '| รวมทั้งสิ้น |  | จำนวน 3 โครงการ | 25,000 | 25,000 | 25,000 | |',
  ],
  [
    '## มิติที่ 1 การสร้างสังคม',
    '### 1.2 การเสริมสร้างจิตสำนึก',
    '#### 1. โครงการอบรมคุณธรรม',
    sections('ปีละ 20,000 บาท'),
    '#### 3. โครงการประกวดคำขวัญ',
    sections('ไม่ใช้งบประมาณ'),
    'ต่อยอดจากโครงการที่ 1 และโครงการที่ 3',
    '',
    '## มิติที่ 2 การบริหารราชการ',
    '### 2.1 การเปิดเผยข้อมูล',
    '#### ๔. มาตรการเปิดเผยข้อมูลสาธารณะ',
    sections('ปีละ 5,000 บาท'),
  ],
  'โครงการที่ ๔ เป็นมาตรการต่อเนื่อง',
);

/** A plan whose table lists its two projects in swapped order (names and amounts). */
const swapped = inlinePlan(
  [
    ...TABLE_HEAD,
    '| มิติที่ 1 การสร้างสังคม | 1.1 การเสริมสร้างจิตสำนึก | 1. โครงการประกวดคำขวัญ | 0 | 0 | 0 | ใหม่ |',
    '|  |  | 2. **โครงการอบรมคุณธรรม** | 20,000 | 20,000 | 20,000 | |',
    '| รวม |  | จำนวน 2 โครงการ | 20,000 | 20,000 | 20,000 | |',
    '| รวมทั้งสิ้น |  | จำนวน 2 โครงการ | 20,000 | 20,000 | 20,000 | |',
  ],
  [
    '## มิติที่ 1 การสร้างสังคม',
    '### 1.1 การเสริมสร้างจิตสำนึก',
    '#### 1. โครงการอบรมคุณธรรม',
    sections('ปีละ 20,000 บาท'),
    '#### 2. โครงการประกวดคำขวัญ',
    sections('ไม่ใช้งบประมาณ'),
  ],
);

const lineOf = (text: string, part: string): string =>
  text.split('\n').find((l) => l.includes(part)) ?? '';

describe('renumber all projects', () => {
  it('numbers headings, missions, table rows and references in order, keeping Thai digits', () => {
    const before = analyze(misnumbered);
    assert.deepEqual(before.findings.map((f) => f.checkId).sort(), [
      'mission-numbering',
      'project-numbering',
      'project-numbering',
    ]);
    const after = applyEdits(misnumbered, renumberEdits(before.plan, before.index));
    assert.deepEqual(analyze(after).findings, []);
    assert.equal(lineOf(after, 'โครงการที่ ๓ เป็น'), 'โครงการที่ ๓ เป็นมาตรการต่อเนื่อง');
    assert.equal(lineOf(after, 'ต่อยอด'), 'ต่อยอดจากโครงการที่ 1 และโครงการที่ 2');
    assert.match(lineOf(after, 'มาตรการเปิดเผยข้อมูลสาธารณะ |'), /\| ๓\. มาตรการ/);
    assert.match(
      lineOf(after, 'ประกวดคำขวัญ |'),
      /\| 2\. โครงการประกวดคำขวัญ \| 0 \| 0 \| 0 \| ต่อเนื่อง \|/,
    );
    assert.ok(after.includes('### 1.1 การเสริมสร้างจิตสำนึก'));
    assert.ok(after.includes('| 1.1 การเสริมสร้างจิตสำนึก |'));
    const again = analyze(after);
    assert.deepEqual(renumberEdits(again.plan, again.index), [], 'nothing left to renumber');
  });
});

describe('table/details disagreement: both directions', () => {
  const analysis = analyze(swapped);
  const mismatch = analysis.findings.filter((f) => f.checkId === 'table-project-mismatch');

  it('offers "update the row from project N" and "rename project N from the row"', () => {
    assert.equal(mismatch.length, 2);
    const titles = mismatch[0]?.data?.fixes?.map((f) => f.title) ?? [];
    assert.deepEqual(titles, [
      { key: 'table-project-mismatch.fix-update-row', args: { project: '1' } },
      { key: 'table-project-mismatch.fix-update-row', args: { project: '2' } },
    ]);
  });

  it('updating row 1 from project 1 writes its name and amounts; fixing both rows leaves the table right', () => {
    const fix = mismatch[0]?.data?.fixes?.[0];
    assert.ok(fix);
    const row = lineOf(applyEdits(swapped, fix.edits), '| มิติที่ 1 การสร้างสังคม |');
    assert.match(row, /\| 1\. โครงการอบรมคุณธรรม \| 20,000 \| 20,000 \| 20,000 \| ใหม่ \|$/);
    const both = mismatch.flatMap((f) => f.data?.fixes?.[0]?.edits ?? []);
    const after = applyEdits(swapped, both);
    assert.ok(after.includes('| 2. **โครงการประกวดคำขวัญ** | 0 | 0 | 0 |'), 'emphasis kept');
    assert.deepEqual(analyze(after).findings, []);
  });

  it('when the row reads like its own project, "rename project N" takes the row’s name', () => {
    const text = swapped
      .replace(
        '1. โครงการประกวดคำขวัญ | 0 | 0 | 0',
        '1. โครงการอบรมคุณธรรมของครู | 20,000 | 20,000 | 20,000',
      )
      .replace(
        '2. **โครงการอบรมคุณธรรม** | 20,000 | 20,000 | 20,000',
        '2. โครงการประกวดคำขวัญ | 0 | 0 | 0',
      );
    const [finding] = analyze(text).findings;
    assert.equal(finding?.checkId, 'table-project-mismatch');
    const rename = finding?.data?.fixes?.[1];
    assert.deepEqual(rename?.title, {
      key: 'table-project-mismatch.fix-rename-project',
      args: { project: '1' },
    });
    const after = applyEdits(text, rename?.edits ?? []);
    assert.ok(after.includes('#### 1. โครงการอบรมคุณธรรมของครู\n'));
    assert.deepEqual(analyze(after).findings, []);
  });
});

describe('regenerate keeps the written layout', () => {
  it('keeps the columns, headers and notes (with their project), and orders rows by the details', () => {
    const analysis = analyze(swapped);
    const edit = regenerateTableEdit(analysis.plan, analysis.index);
    assert.ok(edit);
    assert.deepEqual(edit.newText.split('\n'), [
      ...TABLE_HEAD,
      '| มิติที่ 1 การสร้างสังคม | 1.1 การเสริมสร้างจิตสำนึก | 1. โครงการอบรมคุณธรรม | 20,000 | 20,000 | 20,000 |  |',
      '|  |  | 2. โครงการประกวดคำขวัญ | 0 | 0 | 0 | ใหม่ |',
      '| รวม |  | จำนวน 2 โครงการ | 20,000 | 20,000 | 20,000 |  |',
      '| รวมทั้งสิ้น |  | จำนวน 2 โครงการ | 20,000 | 20,000 | 20,000 |  |',
    ]);
  });
});

describe('quick fixes of the diagnostics a client sends back', () => {
  const analysis = analyze(swapped);
  const document = TextDocument.create(URI, 'markdown', 3, swapped);
  const diagnostics = analysis.findings.map((f) => toDiagnostic(f, URI, 'en'));
  const params = (ds: Diagnostic[], only?: string[]): CodeActionParams => ({
    textDocument: { uri: URI },
    range: ds[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: ds, ...(only ? { only } : {}) },
  });

  it('diagnostics carry no fix edits: the fixes are the analysis’s, found by check and range', () => {
    assert.ok(analysis.findings[0]?.data?.fixes?.length, 'the finding has fixes');
    assert.equal((diagnostics[0]?.data as { fixes?: unknown } | undefined)?.fixes, undefined);
    const quick = codeActions(params(diagnostics.slice(0, 1)), document, analysis, 'en', true);
    assert.equal(
      quick.filter((a) => a.kind === 'quickfix').length,
      analysis.findings[0]?.data?.fixes?.length,
    );
  });

  it('a malformed diagnostic, or one of no finding, gives no fix and never throws', () => {
    const first = diagnostics[0] as Diagnostic;
    const bad: unknown[] = [
      { ...first, code: 42 },
      { ...first, code: 'no-such-check' },
      { ...first, range: null },
      { ...first, range: { start: 'x', end: {} } },
      {
        ...first,
        range: { start: { line: 9999, character: 0 }, end: { line: 9999, character: 1 } },
      },
      { ...first, code: undefined },
      { ...first, data: { fixes: [{ title: { key: 'row-total.fix' }, edits: [] }] }, code: 'x' },
    ];
    const lookup = fixLookup(analysis.findings, swapped.split('\n'), () => '');
    for (const d of bad) assert.deepEqual(lookup(d as Diagnostic), [], JSON.stringify(d));
    const actions = codeActions(
      params(bad as Diagnostic[], ['quickfix']),
      document,
      analysis,
      'en',
      true,
    );
    assert.deepEqual(actions, []);
  });

  it('a fix whose lines changed since the check is stale and is not offered', () => {
    const fix = analysis.findings[0]?.data?.fixes?.[0];
    assert.ok(fix && isFresh(fix, swapped.split('\n')));
    const edited = swapped.replace('| ใหม่ |', '| ใหม่มาก |');
    assert.equal(isFresh(fix, edited.split('\n')), false);
    // Asked about the old diagnostic on the new version, the lookup offers only what is fresh there.
    const newer = analyze(edited);
    const offered = fixLookup(
      newer.findings,
      edited.split('\n'),
      () => '',
    )(diagnostics[0] as Diagnostic);
    for (const f of offered) assert.ok(isFresh(f, edited.split('\n')));
    const stale = fixLookup(
      analysis.findings,
      edited.split('\n'),
      () => '',
    )(diagnostics[0] as Diagnostic);
    assert.deepEqual(stale, []);
  });

  it('titles follow the locale; the first fix is preferred; edits carry the document version', () => {
    const th = codeActions(params(diagnostics.slice(0, 1)), document, analysis, 'th', true);
    const quick = th.filter((a) => a.kind === 'quickfix');
    assert.deepEqual(
      quick.map((a) => [a.title, a.isPreferred]),
      [
        ['แก้แถวในตารางให้ตรงกับโครงการที่ 1', true],
        ['แก้แถวในตารางให้ตรงกับโครงการที่ 2', false],
      ],
    );
    const change = quick[0]?.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
    assert.deepEqual(change?.textDocument, { uri: URI, version: 3 });
    const plain = codeActions(params(diagnostics.slice(0, 1)), document, analysis, 'en', false);
    assert.ok(plain[0]?.edit?.changes?.[URI]?.length);
    assert.ok(
      th.some((a) => a.kind === 'refactor.rewrite'),
      'regenerate offered on a table diagnostic',
    );
    assert.ok(th.some((a) => a.kind === FIX_ALL_KIND));
  });
});
