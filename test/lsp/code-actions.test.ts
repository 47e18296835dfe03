// LSP test of code actions over stdio: quick fixes from diagnostic data (Thai and English titles,
// versioned or plain edits), fix-all as a source action, regenerating the table, and untrusted data.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeActionParams,
  Diagnostic,
  Range,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import { TestClient, serverSuiteHooks } from './harness.js';
import { inlinePlan, sections, TABLE_HEAD } from '../support/inline-plan.js';
import { TABLE_CONSISTENCY } from '../support/table-checks.js';

const SEED = 'samples/pok-noi-2566-2570.plan.md';
const SMALL_URI = 'file:///work/plans/small.plan.md';
/** Checks about the summary table, and its blank cells, that regenerating must leave silent. */
const TABLE_CHECKS = new Set([...TABLE_CONSISTENCY, 'budget-missing']);

/** A plan whose dimension total says 15,000 for 2566 where its one row says 10,000. */
const SMALL = inlinePlan(
  [
    ...TABLE_HEAD,
    '| มิติที่ 1 การสร้างสังคม | 1.1 การเสริมสร้างจิตสำนึก | 1. โครงการอบรมคุณธรรม | 10,000 | 10,000 | 10,000 | |',
    '| **รวม** |  | จำนวน 1 โครงการ | 15,000 | 10,000 | 10,000 | |',
    '| **รวมทั้งสิ้น** |  | จำนวน 1 โครงการ | 10,000 | 10,000 | 10,000 | |',
  ],
  [
    '## มิติที่ 1 การสร้างสังคม',
    '### 1.1 การเสริมสร้างจิตสำนึก',
    '#### 1. โครงการอบรมคุณธรรม',
    sections('ปีละ 10,000 บาท'),
  ],
);

function request(
  client: TestClient,
  uri: string,
  range: Range,
  diagnostics: Diagnostic[],
  only?: string[],
): Promise<CodeAction[]> {
  const params: CodeActionParams = {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  };
  return client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', params);
}

/** The text edits of a workspace edit for one document, and the version it names (if any). */
function editsOf(
  edit: WorkspaceEdit | undefined,
  uri: string,
): { edits: TextEdit[]; version?: number } {
  const change = edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
  if (change) {
    assert.equal(change.textDocument.uri, uri);
    return { edits: change.edits as TextEdit[], version: change.textDocument.version ?? undefined };
  }
  return { edits: edit?.changes?.[uri] ?? [] };
}

/** Applies a workspace edit to a text, as the editor would. */
function apply(text: string, edit: WorkspaceEdit | undefined, uri: string): string {
  return TextDocument.applyEdits(
    TextDocument.create(uri, 'markdown', 0, text),
    editsOf(edit, uri).edits,
  );
}

describe('code actions (bundled server, over stdio)', function () {
  let client: TestClient | undefined;
  const seedText = readFileSync(SEED, 'utf8');
  const seedUri = pathToFileURL(SEED).href;

  serverSuiteHooks(() => client);

  it('advertises its kinds; quick fixes on the seed in Thai, with versioned edits', async () => {
    client = await TestClient.start(
      'th',
      {},
      { workspace: { workspaceEdit: { documentChanges: true } } },
    );
    const provider = client.initializeResult?.capabilities.codeActionProvider;
    assert.deepEqual(typeof provider === 'object' ? provider.codeActionKinds : undefined, [
      'quickfix',
      'source.fixAll.plancheck',
      'refactor.rewrite',
    ]);
    await client.open(seedUri, seedText);
    const { diagnostics } = await client.diagnostics(seedUri, 'v1', (p) => p.version === 1);

    const org = diagnostics.find((d) => d.code === 'organization-name');
    assert.ok(org);
    const [fix, ...others] = await request(client, seedUri, org.range, [org], ['quickfix']);
    assert.deepEqual(others, []);
    assert.equal(fix?.title, 'แก้เป็น "เทศบาลตำบลพอกน้อย"');
    assert.equal(fix?.kind, 'quickfix');
    assert.equal(fix?.isPreferred, true);
    assert.deepEqual(fix?.diagnostics, [org]);
    assert.deepEqual(editsOf(fix?.edit, seedUri), {
      version: 1,
      edits: [{ range: org.range, newText: 'เทศบาลตำบลพอกน้อย' }],
    });

    const order = diagnostics.find((d) => d.code === 'table-order');
    assert.ok(order);
    const actions = await request(client, seedUri, order.range, [order]);
    assert.deepEqual(
      actions.map((a) => [a.kind, a.title, a.isPreferred ?? null]),
      [
        ['quickfix', 'แก้เลข (และชื่อ) ทั้ง 39 แถวให้ตรงกับโครงการตามชื่อ', true],
        ['refactor.rewrite', 'สร้างตารางสรุปใหม่จากรายละเอียดโครงการ', null],
        ['source.fixAll.plancheck', 'แก้ปัญหาทั้งหมดที่ plancheck แก้ให้ได้', null],
      ],
    );
    // Row 1 names project 2: after the fix it says 2.
    const rowLine = (order.relatedInformation ?? [])[0]?.location.range.start.line ?? -1;
    const fixed = apply(seedText, actions[0]?.edit, seedUri).split('\n')[rowLine];
    assert.match(fixed ?? '', /\| 2\.โครงการเผยแพร่ประชาสัมพันธ์ความรู้ด้านกฎหมาย/);
    assert.equal(await client.stop(), 0);
  });

  it('quick fix in English on a small plan, as plain `changes` when the client has no documentChanges', async () => {
    client = await TestClient.start('en', { language: 'en' });
    await client.open(SMALL_URI, SMALL);
    const { diagnostics } = await client.diagnostics(SMALL_URI, 'v1', (p) => p.version === 1);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['dimension-total'],
    );
    const [total] = diagnostics as [Diagnostic];
    const actions = await request(client, SMALL_URI, total.range, [total], ['quickfix']);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Write 10,000'],
    );
    const { edits, version } = editsOf(actions[0]?.edit, SMALL_URI);
    assert.equal(version, undefined);
    assert.deepEqual(edits, [{ range: total.range, newText: '10,000' }]);

    // The same diagnostic after the document changed under it: the fix is stale, none is offered.
    const changed = SMALL.replace('| **รวม** |  |', '| **รวม** | 1.1 |');
    await client.change(SMALL_URI, 2, changed);
    await client.diagnostics(SMALL_URI, 'v2', (p) => p.version === 2);
    assert.deepEqual(await request(client, SMALL_URI, total.range, [total], ['quickfix']), []);

    // Untrusted data: garbage gives no action and the server keeps answering.
    const garbage = [null, 'x', { fixes: [{ title: 5, edits: {} }] }, { fixes: [{ edits: [1] }] }];
    const odd = garbage.map((data) => ({ ...total, data }));
    assert.deepEqual(await request(client, SMALL_URI, total.range, odd, ['quickfix']), []);
    // Fix-all is built from the current version's analysis: the total, where it now is.
    const fixAll = await request(client, SMALL_URI, total.range, [], ['source.fixAll']);
    assert.equal(fixAll.length, 1);
    const fresh = apply(changed, fixAll[0]?.edit, SMALL_URI);
    assert.equal(
      fresh,
      changed.replace('| 1.1 | จำนวน 1 โครงการ | 15,000 |', '| 1.1 | จำนวน 1 โครงการ | 10,000 |'),
    );
    assert.equal(await client.stop(), 0);
  });

  it('fix-all on the seed: one source action; the re-check has nothing fixable left', async () => {
    client = await TestClient.start(
      'en',
      { language: 'en' },
      { workspace: { workspaceEdit: { documentChanges: true } } },
    );
    await client.open(seedUri, seedText);
    await client.diagnostics(seedUri, 'v1', (p) => p.version === 1);
    const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await request(client, seedUri, zero, [], ['source.fixAll']);
    assert.deepEqual(
      actions.map((a) => [a.kind, a.title]),
      [['source.fixAll.plancheck', 'Fix all plancheck problems']],
    );
    assert.equal(editsOf(actions[0]?.edit, seedUri).version, 1);
    await client.change(seedUri, 2, apply(seedText, actions[0]?.edit, seedUri));
    const after = await client.diagnostics(seedUri, 'v2', (p) => p.version === 2);
    const left = await request(client, seedUri, zero, after.diagnostics, ['quickfix']);
    assert.deepEqual(
      left.map((a) => a.title),
      [],
    );
    assert.ok(after.diagnostics.length < 39);
    assert.equal(await client.stop(), 0);
  });

  it('regenerating the seed’s table from anywhere in it: the re-check has no table problem', async () => {
    client = await TestClient.start('th');
    await client.open(seedUri, seedText);
    const before = await client.diagnostics(seedUri, 'v1', (p) => p.version === 1);
    assert.ok(before.diagnostics.some((d) => TABLE_CHECKS.has(String(d.code))));
    const row = seedText.split('\n').findIndex((l) => l.startsWith('|  |  | 30.'));
    const cursor = { start: { line: row, character: 5 }, end: { line: row, character: 5 } };
    const actions = await request(client, seedUri, cursor, [], ['refactor']);
    assert.deepEqual(
      actions.map((a) => [a.kind, a.title]),
      [['refactor.rewrite', 'สร้างตารางสรุปใหม่จากรายละเอียดโครงการ']],
    );
    const outside = { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } };
    assert.deepEqual(await request(client, seedUri, outside, [], ['refactor']), []);

    const regenerated = apply(seedText, actions[0]?.edit, seedUri);
    await client.change(seedUri, 2, regenerated);
    const after = await client.diagnostics(seedUri, 'v2', (p) => p.version === 2);
    assert.deepEqual(
      after.diagnostics.filter((d) => TABLE_CHECKS.has(String(d.code))).map((d) => d.code),
      [],
    );
    assert.deepEqual(
      await request(client, seedUri, cursor, [], ['refactor']),
      [],
      'nothing to redo',
    );
    assert.equal(await client.stop(), 0);
  });
});
