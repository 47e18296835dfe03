// LSP test over stdio of the export and template requests: `plancheck/exportTable` (xlsx bytes whose
// problems sheet matches the published diagnostics and settings), `plancheck/newPlan`,
// `plancheck/insertProject` (a versioned edit that re-checks clean), and `plancheck.planFiles`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { TextDocumentEdit } from 'vscode-languageserver/node.js';
import {
  analysisSummaryRequest,
  exportTableRequest,
  insertProjectRequest,
  newPlanRequest,
} from '../../server/src/protocol.js';
import { analyze } from '../../server/src/engine.js';
import { applyEdits } from '../support/edits.js';
import { TestClient, serverSuiteHooks } from './harness.js';

const SEED = readFileSync('samples/pok-noi-2566-2570.plan.md', 'utf8');
const SEED_URI = 'file:///work/samples/pok-noi-2566-2570.plan.md';
const NOTES_URI = 'file:///work/samples/notes.md';

describe('export and template requests (bundled server, over stdio)', function () {
  this.timeout(30_000);
  let client: TestClient | undefined;

  serverSuiteHooks(() => client);

  const exportAs = (uri: string, format: 'xlsx' | 'csv', locale = 'th-TH') =>
    client!.connection.sendRequest(exportTableRequest, {
      textDocument: { uri },
      format,
      locale,
    });

  it('exports the seed as xlsx whose problems sheet lists exactly the published diagnostics', async () => {
    client = await TestClient.start('en', { checks: { 'placeholder-text': 'off' } });
    await client.open(SEED_URI, SEED);
    const published = await client.diagnostics(SEED_URI, 'seed v1', (p) => p.version === 1);
    const result = await exportAs(SEED_URI, 'xlsx');
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.encoding, 'base64');
    assert.equal(result.extension, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(result.data, 'base64') as unknown as ArrayBuffer);
    const [table, problems] = book.worksheets;
    assert.deepEqual(table?.getCell('H58').value, {
      formula: 'SUM(H21,H40,H49,H57)',
      result: 50000,
    });
    assert.equal(problems?.name, 'ปัญหา');
    const rows = (problems?.getRows(2, (problems?.rowCount ?? 1) - 1) ?? []).map(
      (r) => `${String(r.getCell(1).value)} ${String(r.getCell(3).value)}`,
    );
    assert.deepEqual(
      rows,
      published.diagnostics.map((d) => `${d.range.start.line + 1} ${String(d.code)}`),
    );
    assert.ok(!rows.some((r) => r.endsWith('placeholder-text')), 'the settings apply');
  });

  it('exports text formats as text, and says why when there is nothing to export', async () => {
    client = await TestClient.start('en');
    await client.open(SEED_URI, SEED);
    await client.open(NOTES_URI, '# notes\n');
    const csv = await exportAs(SEED_URI, 'csv', 'en');
    assert.ok(csv.ok && csv.encoding === 'utf8' && csv.data.startsWith('\uFEFFมิติ,'));
    assert.deepEqual(await exportAs(NOTES_URI, 'csv'), { ok: false, reason: 'not-plan' });
    assert.deepEqual(await exportAs('file:///work/closed.plan.md', 'csv'), {
      ok: false,
      reason: 'not-open',
    });
    await assert.rejects(
      client.connection.sendRequest(exportTableRequest, {
        textDocument: { uri: SEED_URI },
        format: 'pdf' as 'csv',
        locale: 'en',
      }),
      /unknown format/,
    );
  });

  it('generates a new plan that the server checks clean as an untitled document', async () => {
    client = await TestClient.start('th');
    const { text } = await client.connection.sendRequest(newPlanRequest, {
      organization: 'เทศบาลตำบลทดสอบ',
      firstYear: 2567,
      lastYear: 2570,
    });
    assert.match(text, /^---\ntype: plan\n/);
    const uri = 'untitled:Untitled-1';
    await client.open(uri, text);
    const published = await client.diagnostics(uri, 'new plan', (p) => p.version === 1);
    assert.deepEqual(published.diagnostics, []);
    const summary = await client.connection.sendRequest(analysisSummaryRequest, {
      textDocument: { uri },
    });
    assert.equal(summary?.isPlan, true);
    await assert.rejects(
      client.connection.sendRequest(newPlanRequest, {
        organization: ' ',
        firstYear: 2567,
        lastYear: 2570,
      }),
    );
  });

  it('inserts a project with a versioned edit; the edited plan re-checks clean', async () => {
    client = await TestClient.start('en');
    const { text } = await client.connection.sendRequest(newPlanRequest, {
      organization: 'เทศบาลตำบลทดสอบ',
      firstYear: 2566,
      lastYear: 2570,
    });
    const uri = 'file:///work/new.plan.md';
    await client.open(uri, text);
    await client.diagnostics(uri, 'v1', (p) => p.version === 1);
    const line = text.split('\n').findIndex((l) => l.startsWith('### มิติที่ 2'));
    const result = await client.connection.sendRequest(insertProjectRequest, {
      textDocument: { uri },
      position: { line: line + 3, character: 0 },
    });
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.number, 3);
    const [change] = (result.edit.documentChanges ?? []) as TextDocumentEdit[];
    assert.deepEqual(change?.textDocument, { uri, version: 1 });
    const edited = applyEdits(text, change?.edits ?? []);
    const selected = edited.split('\n')[result.selection.start.line];
    assert.equal(
      selected?.slice(result.selection.start.character, result.selection.end.character),
      'โครงการใหม่',
    );
    await client.change(uri, 2, edited);
    // Clean before and after, so nothing new is published: the server's summary of v2 says so.
    const after = await client.connection.sendRequest(analysisSummaryRequest, {
      textDocument: { uri },
    });
    assert.deepEqual(after, { version: 2, isPlan: true, errors: 0, warnings: 0, hints: 0 });
    assert.deepEqual(analyze(edited).findings, []);
    const outside = await client.connection.sendRequest(insertProjectRequest, {
      textDocument: { uri },
      position: { line: 1, character: 0 },
    });
    assert.deepEqual(outside, { ok: false, reason: 'no-dimension' });
  });

  it('treats files matching plancheck.planFiles as plans', async () => {
    client = await TestClient.start('en', { planFiles: ['samples/*.md'] });
    await client.open(NOTES_URI, '# notes\n');
    const published = await client.diagnostics(NOTES_URI, 'notes as a plan', (p) =>
      p.diagnostics.some((d) => d.code === 'front-matter'),
    );
    assert.ok(published.diagnostics.length > 0);
  });
});
