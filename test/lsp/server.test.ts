// LSP test: spawns the bundled server over stdio and checks what it publishes against the engine run
// in-process (same findings, converted by the one diagnostics function) for the client's locale.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node.js';
import { analyze, defaultSettings, type Settings } from '../../server/src/engine.js';
import { toSettings } from '../../server/src/config.js';
import { toDiagnostic } from '../../server/src/features/diagnostics.js';
import type { Locale } from '../../server/src/i18n/index.js';
import { analysisSummaryRequest } from '../../server/src/protocol.js';
import { CHECKED, TestClient, serverSuiteHooks } from './harness.js';

/** A two-year plan whose dimension total row declares 15,000 for 2566 where the rows sum to 10,000. */
const PLAN = `---
type: plan
title: แผนทดสอบ
organization: เทศบาลตำบลทดสอบ
years: 2566-2567
---

# แผนทดสอบ

## ส่วนที่ 2 แผนปฏิบัติการ

| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | หมายเหตุ |
| --- | --- | ---: | ---: | --- |
| 1. การสร้างสังคมที่ไม่ทนต่อการทุจริต | 1. โครงการอบรมคุณธรรม | 10,000 | 10,000 |  |
| **รวม** | จำนวน 1 โครงการ | 15,000 | 10,000 |  |
| **รวมทั้งสิ้น** | จำนวน 1 โครงการ | 10,000 | 10,000 |  |

## ส่วนที่ 3 รายละเอียดโครงการ

### มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต

#### 1. โครงการอบรมคุณธรรม

${['หลักการและเหตุผล', 'วัตถุประสงค์', 'กลุ่มเป้าหมาย', 'วิธีดำเนินการ', 'ระยะเวลาดำเนินการ']
  .map((s) => `##### ${s}\n\nเนื้อหาของหัวข้อ${s}\n`)
  .join('\n')}
##### งบประมาณดำเนินการ

ปีละ 10,000 บาท

${['ผู้รับผิดชอบโครงการ', 'ผลผลิต', 'ผลลัพธ์'].map((s) => `##### ${s}\n\nเนื้อหาของหัวข้อ${s}\n`).join('\n')}`;

/** The same plan with the total row corrected. */
const FIXED_PLAN = PLAN.replace(
  '| **รวม** | จำนวน 1 โครงการ | 15,000 |',
  '| **รวม** | จำนวน 1 โครงการ | 10,000 |',
);

/** The plan with another wrong total (20,000 instead of 15,000): other problems than either. */
const OTHER_TOTAL = PLAN.replace(
  '| **รวม** | จำนวน 1 โครงการ | 15,000 |',
  '| **รวม** | จำนวน 1 โครงการ | 20,000 |',
);

const PLAN_URI = 'file:///work/plans/test.plan.md';
const README_URI = 'file:///work/plans/README.md';
const DEFECT = 'dimension-total';
const THAI = /[\u0E00-\u0E7F]/;

/** What the server should publish for `text`: the engine's findings through the one conversion. */
function expected(text: string, uri: string, locale: Locale, settings: Settings = defaultSettings) {
  return analyze(text, settings).findings.map((f) => toDiagnostic(f, uri, locale));
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('language server (bundled, over stdio)', function () {
  let client: TestClient | undefined;

  serverSuiteHooks(() => client);

  it('publishes Thai diagnostics for a plan, none for ordinary Markdown, and follows versions', async () => {
    client = await TestClient.start('th-TH', {}, CHECKED);
    await client.open(PLAN_URI, PLAN);
    const first = await client.diagnostics(PLAN_URI, 'version 1', (p) => p.version === 1);
    assert.deepEqual(first.diagnostics, expected(PLAN, PLAN_URI, 'th'));
    const defect = first.diagnostics.find((d) => d.code === DEFECT);
    assert.ok(
      defect,
      `expected a ${DEFECT} diagnostic, got ${codes(first.diagnostics).join(', ')}`,
    );
    assert.equal(defect.source, 'plancheck');
    assert.match(defect.codeDescription?.href ?? '', new RegExp(`/${DEFECT}\\.md$`));
    assert.match(defect.message, THAI);
    assert.notEqual(
      defect.message,
      expected(PLAN, PLAN_URI, 'en').find((d) => d.code === DEFECT)?.message,
    );
    assert.deepEqual(client.configRequests[0], { scopeUri: PLAN_URI, section: 'plancheck' });

    await client.open(
      README_URI,
      '# Notes\n\nJust Markdown, with a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
    );
    assert.deepEqual((await client.diagnostics(README_URI, 'empty')).diagnostics, []);

    await client.change(PLAN_URI, 2, FIXED_PLAN);
    const second = await client.diagnostics(PLAN_URI, 'version 2', (p) => p.version === 2);
    assert.deepEqual(second.diagnostics, expected(FIXED_PLAN, PLAN_URI, 'th'));
    assert.ok(!codes(second.diagnostics).includes(DEFECT));

    // Two quick edits: whatever is published, versions never go backwards and the last one wins
    // (it reports something neither earlier version did, so it is published).
    await client.change(PLAN_URI, 3, PLAN);
    await client.change(PLAN_URI, 4, OTHER_TOTAL);
    const fourth = await client.diagnostics(PLAN_URI, 'version 4', (p) => p.version === 4);
    assert.deepEqual(fourth.diagnostics, expected(OTHER_TOTAL, PLAN_URI, 'th'));
    const versions = client.published.filter((p) => p.uri === PLAN_URI).map((p) => p.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
    );

    // A version that reports exactly what was published is not published again; the next change is.
    const reworded = OTHER_TOTAL.replace('เนื้อหาของหัวข้อผลผลิต', 'ผลผลิตของโครงการ');
    assert.deepEqual(expected(reworded, PLAN_URI, 'th'), fourth.diagnostics);
    await client.change(PLAN_URI, 5, reworded);
    assert.deepEqual(await client.checked(PLAN_URI, 5), {
      uri: PLAN_URI,
      version: 5,
      published: false,
    });
    assert.ok(!client.published.some((p) => p.uri === PLAN_URI && p.version === 5));
    await client.change(PLAN_URI, 6, FIXED_PLAN);
    const sixth = await client.diagnostics(PLAN_URI, 'version 6', (p) => p.version === 6);
    assert.deepEqual(sixth.diagnostics, expected(FIXED_PLAN, PLAN_URI, 'th'));

    const summary = await client.connection.sendRequest(analysisSummaryRequest, {
      textDocument: { uri: PLAN_URI },
    });
    const findings = analyze(FIXED_PLAN).findings;
    assert.deepEqual(summary, {
      version: 6,
      isPlan: true,
      errors: findings.filter((f) => f.level === 'error').length,
      warnings: findings.filter((f) => f.level === 'warning').length,
      hints: findings.filter((f) => f.level === 'hint').length,
    });

    await client.close(PLAN_URI);
    await client.diagnostics(PLAN_URI, 'empty on close', (p) => p.version === undefined);
    assert.deepEqual(client.published.at(-1), { uri: PLAN_URI, diagnostics: [] });
    assert.equal(await client.stop(), 0);
  });

  it('speaks Thai about a Thai plan in an English editor, English once plancheck.language asks', async () => {
    client = await TestClient.start('en', {});
    await client.open(PLAN_URI, PLAN);
    const thai = await client.diagnostics(PLAN_URI, 'auto', (p) => p.version === 1);
    assert.deepEqual(thai.diagnostics, expected(PLAN, PLAN_URI, 'th'));
    const thaiMessage = thai.diagnostics.find((d) => d.code === DEFECT)?.message ?? '';
    assert.match(thaiMessage, THAI);
    client.settings = { language: 'en' };
    await client.configurationChanged();
    const english = await client.diagnostics(
      PLAN_URI,
      'language en',
      (p) => p.diagnostics.find((d) => d.code === DEFECT)?.message !== thaiMessage,
    );
    assert.deepEqual(english.diagnostics, expected(PLAN, PLAN_URI, 'en'));
    // Only a client that asks is told of each check.
    assert.deepEqual(client.checks, []);
    assert.equal(await client.stop(), 0);
  });

  it('publishes English messages and honours plancheck.checks, re-pulling on a change', async () => {
    const off = { checks: { [DEFECT]: 'off' }, language: 'en' };
    client = await TestClient.start('en', off);
    await client.open(PLAN_URI, PLAN);
    const quiet = await client.diagnostics(PLAN_URI, 'check off', (p) => p.version === 1);
    assert.deepEqual(quiet.diagnostics, expected(PLAN, PLAN_URI, 'en', toSettings(off).settings));
    assert.ok(!codes(quiet.diagnostics).includes(DEFECT));
    for (const d of quiet.diagnostics) assert.equal(d.source, 'plancheck');

    client.settings = { language: 'en' };
    await client.configurationChanged();
    const loud = await client.diagnostics(PLAN_URI, `${DEFECT} back on`, (p) =>
      codes(p.diagnostics).includes(DEFECT),
    );
    assert.deepEqual(loud.diagnostics, expected(PLAN, PLAN_URI, 'en'));
    assert.doesNotMatch(loud.diagnostics.find((d) => d.code === DEFECT)?.message ?? '', THAI);
    assert.equal(client.configRequests.length, 2);
    assert.equal(await client.stop(), 0);
  });

  it('falls back to defaults for malformed settings and drops a document that stops being a plan', async () => {
    client = await TestClient.start('en', { checks: 'loud', requiredSections: 5 });
    const uri = 'file:///work/plans/notes.md';
    await client.open(uri, PLAN);
    const asPlan = await client.diagnostics(uri, 'front matter type: plan', (p) => p.version === 1);
    // A Thai plan is spoken about in Thai when nothing (usable) says otherwise.
    assert.deepEqual(asPlan.diagnostics, expected(PLAN, uri, 'th'));
    assert.ok(asPlan.diagnostics.length > 0);
    assert.ok(client.log.some((line) => line.includes('"plancheck.checks" is not an object')));

    await client.change(uri, 2, PLAN.replace('type: plan\n', ''));
    const dropped = await client.diagnostics(uri, 'no longer a plan', (p) => p.version === 2);
    assert.deepEqual(dropped.diagnostics, []);
    assert.equal(await client.stop(), 0);
  });

  it('publishes the same findings as the engine for the real seed sample', async () => {
    const path = 'samples/pok-noi-2566-2570.plan.md';
    const text = readFileSync(path, 'utf8');
    const uri = pathToFileURL(path).href;
    client = await TestClient.start('th');
    await client.open(uri, text);
    const published = await client.diagnostics(uri, 'the sample', (p) => p.version === 1);
    assert.deepEqual(published.diagnostics, expected(text, uri, 'th'));
    assert.equal(await client.stop(), 0);
  });

  it('publishes at most plancheck.maxNumberOfProblems, the last saying how many are left out', async () => {
    const path = 'samples/pok-noi-2566-2570.plan.md';
    const text = readFileSync(path, 'utf8');
    const uri = pathToFileURL(path).href;
    client = await TestClient.start('th', { maxNumberOfProblems: 3 });
    await client.open(uri, text);
    const published = await client.diagnostics(uri, 'the sample', (p) => p.version === 1);
    const all = expected(text, uri, 'th');
    const errors = all.filter((d) => d.severity === 1);
    assert.deepEqual(published.diagnostics.slice(0, 2), errors.slice(0, 2));
    assert.equal(published.diagnostics.length, 3);
    assert.equal(published.diagnostics[2]?.code, 'too-many-problems');
    assert.match(published.diagnostics[2]?.message ?? '', /แสดงปัญหา 2 จากทั้งหมด [0-9]+ รายการ/);
    assert.equal(await client.stop(), 0);
  });
});
