// LSP test of `plancheck/summaryTable` over stdio on the seed plan: per-year totals, a disagreeing
// cell's written value, health counts equal to the published diagnostics, and following edits.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver/node.js';
import { summaryTableRequest, type SummaryTableModel } from '../../server/src/protocol.js';
import { TestClient, serverSuiteHooks } from './harness.js';

const SEED = readFileSync('samples/pok-noi-2566-2570.plan.md', 'utf8');
const SEED_URI = 'file:///work/samples/pok-noi-2566-2570.plan.md';
const NOTES_URI = 'file:///work/samples/notes.md';

const severityCount = (diagnostics: Diagnostic[], severity: number) =>
  diagnostics.filter((d) => d.severity === severity).length;

describe('plancheck/summaryTable (bundled server, over stdio)', function () {
  this.timeout(30_000);
  let client: TestClient | undefined;

  serverSuiteHooks(() => client);

  const request = (uri: string) =>
    client!.connection.sendRequest(summaryTableRequest, { textDocument: { uri } });

  it('answers the seed plan: per-year totals, written values where they disagree, health = diagnostics', async () => {
    client = await TestClient.start('en');
    await client.open(SEED_URI, SEED);
    const published = await client.diagnostics(SEED_URI, 'seed v1', (p) => p.version === 1);
    const model = await request(SEED_URI);
    assert.ok(model, 'a model for the seed plan');
    assert.equal(model.uri, SEED_URI);
    assert.equal(model.version, 1);
    assert.equal(model.organization, 'เทศบาลตำบลพอกน้อย');
    assert.deepEqual(model.years, [2566, 2567, 2568, 2569, 2570]);

    // Totals computed from the project details: 35,000 + 0 + 15,000 + 0 a year; 17/18/8/7 projects.
    const subtotals = model.groups.map((g) => [
      g.subtotal.count,
      g.subtotal.years.map((c) => c.amount),
      g.subtotal.total.amount,
    ]);
    const each = (a: string) => [a, a, a, a, a];
    assert.deepEqual(subtotals, [
      [17, each('35000.00'), '175000.00'],
      [18, each('0.00'), '0.00'],
      [8, each('15000.00'), '75000.00'],
      [7, each('0.00'), '0.00'],
    ]);
    assert.equal(model.grandTotal.count, 50);
    assert.deepEqual(
      model.grandTotal.years.map((c) => c.amount),
      each('50000.00'),
    );
    assert.equal(model.grandTotal.total.amount, '250000.00');
    assert.equal(
      model.grandTotal.years.some((c) => c.written),
      false,
      'the written grand total agrees',
    );

    // Dimension 2's total row is written without figures: each computed 0 carries the blank.
    const dim2 = model.groups[1]?.subtotal;
    assert.deepEqual(
      dim2?.years.map((c) => c.written),
      each('').map((text) => ({ text, amount: null })),
    );
    assert.equal(
      dim2?.line,
      SEED.split('\n').findIndex((l) => l.includes('จำนวน 18  โครงการ')),
    );
    // Table row 34 stands for project 29 (ไม่ใช้งบประมาณ) and leaves its budget blank.
    const p29 = model.groups.flatMap((g) => g.rows).find((r) => r.number === 29);
    assert.equal(p29?.name, 'มาตรการออกคำสั่งมอบหมายของเทศบาลตำบลพอกน้อย');
    assert.deepEqual(p29?.years[0], { amount: '0.00', written: { text: '', amount: null } });
    assert.equal(SEED.split('\n')[p29?.line ?? -1]?.includes('มาตรการออกคำสั่งมอบหมาย'), true);

    // Health: the same counts as the diagnostics the server published, in total and per check.
    const d = published.diagnostics;
    assert.deepEqual(
      [model.health.errors, model.health.warnings, model.health.hints],
      [severityCount(d, 1), severityCount(d, 2), severityCount(d, 4) + severityCount(d, 3)],
    );
    assert.ok(model.health.errors > 0);
    const byCode = new Map<string, number>();
    for (const diag of d) byCode.set(String(diag.code), (byCode.get(String(diag.code)) ?? 0) + 1);
    assert.deepEqual(
      new Map(model.health.checks.map((c) => [c.id, c.errors + c.warnings + c.hints])),
      byCode,
    );
  });

  it('follows edits, and answers null for ordinary Markdown and unknown documents', async () => {
    client = await TestClient.start('th');
    await client.open(SEED_URI, SEED);
    await client.open(NOTES_URI, '# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    assert.equal(await request(NOTES_URI), null);
    assert.equal(await request('file:///work/never-opened.plan.md'), null);

    await client.change(SEED_URI, 2, SEED.replace('years: 2566-2570', 'years: 2566-2567'));
    const model: SummaryTableModel | null = await request(SEED_URI);
    assert.equal(model?.version, 2);
    assert.deepEqual(model?.years, [2566, 2567]);
    assert.deepEqual(
      model?.grandTotal.years.map((c) => c.amount),
      ['50000.00', '50000.00'],
    );
    assert.equal(model?.grandTotal.total.amount, '100000.00');
    assert.equal(await client.stop(), 0);
  });
});
