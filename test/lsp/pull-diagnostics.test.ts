// LSP test of pull diagnostics (LSP 3.17 `textDocument/diagnostic`, what VS Code's client uses): full
// reports with a result id, `unchanged` while nothing reported changes, a refresh request on a settings
// change, and harmless answers for non-plan, closed and unknown documents. No publishDiagnostics at all.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type {
  ClientCapabilities,
  DocumentDiagnosticReport,
  FullDocumentDiagnosticReport,
} from 'vscode-languageserver/node.js';
import { analyze, defaultSettings, type Settings } from '../../server/src/engine.js';
import { toSettings } from '../../server/src/config.js';
import { toDiagnostic } from '../../server/src/features/diagnostics.js';
import { TestClient, serverSuiteHooks } from './harness.js';

const SEED = 'samples/pok-noi-2566-2570.plan.md';
const seed = readFileSync(SEED, 'utf8');
const seedUri = pathToFileURL(SEED).href;
const README_URI = 'file:///work/plans/README.md';

/** A client that pulls diagnostics; `refresh` also lets the server ask it to pull again. */
function pulling(refresh: boolean): ClientCapabilities {
  return {
    textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
    workspace: { diagnostics: { refreshSupport: refresh } },
  };
}

/** What the server should report for `text`: the engine's findings through the one conversion. */
function expected(text: string, settings: Settings = defaultSettings) {
  return analyze(text, settings).findings.map((f) => toDiagnostic(f, seedUri, 'th'));
}

/** The seed with its lines replaced by `edit`. */
function editLines(edit: (lines: string[]) => void): string {
  const lines = seed.split('\n');
  edit(lines);
  return lines.join('\n');
}

/** A character typed at the start of the foreword's first paragraph (nothing there is reported). */
const FOREWORD_TYPED = editLines((lines) => {
  const at = lines.indexOf('## คำนำ') + 2;
  lines[at] = `ก${lines[at]}`;
});

/** The grand total for 2566 changed from 50,000 to 60,000 (the projects still sum to 50,000). */
const TOTAL_CHANGED = seed.replace(/(\| \*\*รวมทั้งสิ้น\*\* \|[^\n]*?\| )50,000/, '$160,000');

/** Asserts a full report and returns it. */
function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport {
  assert.equal(report.kind, 'full', `expected a full report, got ${JSON.stringify(report)}`);
  return report as FullDocumentDiagnosticReport;
}

describe('pull diagnostics (bundled server, over stdio)', function () {
  let client: TestClient | undefined;

  serverSuiteHooks(() => client);

  /** Sends `textDocument/diagnostic` for `uri`. */
  const pull = (uri: string, previousResultId?: string) =>
    client!.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri },
      ...(previousResultId === undefined ? {} : { previousResultId }),
    });

  it('offers a provider only to clients that pull, and then never publishes', async () => {
    client = await TestClient.start('th');
    assert.equal(client.initializeResult?.capabilities.diagnosticProvider, undefined);
    await client.stop();

    client = await TestClient.start('th', {}, pulling(false));
    assert.deepEqual(client.initializeResult?.capabilities.diagnosticProvider, {
      identifier: 'plancheck',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
    await client.open(seedUri, seed);
    const first = full(await pull(seedUri));
    assert.equal(first.items.length, 39);
    assert.deepEqual(first.items, expected(seed));
    assert.ok(first.resultId);
    await client.change(seedUri, 2, TOTAL_CHANGED);
    full(await pull(seedUri, first.resultId));
    assert.deepEqual(client.published, []);
    assert.equal(await client.stop(), 0);
  });

  it('answers unchanged while nothing reported changes, and a new full report when it does', async () => {
    assert.deepEqual(expected(FOREWORD_TYPED), expected(seed), 'premise: the edit reports nothing');
    assert.notEqual(TOTAL_CHANGED, seed, 'premise: the total cell was found');
    client = await TestClient.start('th', {}, pulling(false));
    await client.open(seedUri, seed);
    const first = full(await pull(seedUri));

    await client.change(seedUri, 2, FOREWORD_TYPED);
    assert.deepEqual(await pull(seedUri, first.resultId), {
      kind: 'unchanged',
      resultId: first.resultId,
    });

    await client.change(seedUri, 3, TOTAL_CHANGED);
    const changed = full(await pull(seedUri, first.resultId));
    assert.notEqual(changed.resultId, first.resultId);
    assert.deepEqual(changed.items, expected(TOTAL_CHANGED));
    const added = changed.items.filter((d) => !first.items.some((f) => f.message === d.message));
    assert.deepEqual(
      added.map((d) => d.code),
      ['grand-total'],
    );

    // Back to the seed: its diagnostics again, under yet another id (the client holds `changed`).
    await client.change(seedUri, 4, seed);
    const back = full(await pull(seedUri, changed.resultId));
    assert.deepEqual(back.items, first.items);
    assert.ok(back.resultId !== first.resultId && back.resultId !== changed.resultId);
    assert.equal(await client.stop(), 0);
  });

  it('answers a full report when the previous result id is unknown or missing', async () => {
    client = await TestClient.start('th', {}, pulling(false));
    await client.open(seedUri, seed);
    const first = full(await pull(seedUri));
    const unknown = full(await pull(seedUri, 'no-such-id'));
    assert.deepEqual(unknown.items, first.items);
    assert.notEqual(unknown.resultId, first.resultId);
    // The server only remembers the last report: the first id is now stale too.
    assert.equal(full(await pull(seedUri, first.resultId)).items.length, 39);
    assert.equal(full(await pull(seedUri)).items.length, 39);
    assert.equal(await client.stop(), 0);
  });

  it('answers for the version current after settings were pulled, not the one asked about', async () => {
    client = await TestClient.start('th', {}, pulling(false));
    await client.open(seedUri, seed);
    // The server pulls this document's settings on its first diagnostic request; the change below
    // reaches it while it waits for them.
    const pending = pull(seedUri);
    await client.change(seedUri, 2, TOTAL_CHANGED);
    assert.deepEqual(full(await pending).items, expected(TOTAL_CHANGED));
    assert.deepEqual(client.configRequests, [{ scopeUri: seedUri, section: 'plancheck' }]);
    assert.equal(await client.stop(), 0);
  });

  it('asks the client to pull again after a settings change, when it supports refresh', async () => {
    client = await TestClient.start('th', {}, pulling(true));
    await client.open(seedUri, seed);
    const first = full(await pull(seedUri));
    assert.ok(first.items.some((d) => d.code === 'plan-span'));

    const off = { checks: { 'plan-span': 'off' } };
    client.settings = off;
    const refresh = client.serverRequest('workspace/diagnostic/refresh');
    await client.configurationChanged();
    await refresh;
    const quiet = full(await pull(seedUri, first.resultId));
    assert.deepEqual(quiet.items, expected(seed, toSettings(off).settings));
    assert.ok(!quiet.items.some((d) => d.code === 'plan-span'));
    assert.notEqual(quiet.resultId, first.resultId);
    assert.deepEqual(client.published, []);
    assert.equal(await client.stop(), 0);
  });

  it('reports again, in the new language, when only the language setting changes', async () => {
    client = await TestClient.start('th', {}, pulling(true));
    await client.open(seedUri, seed);
    const thai = full(await pull(seedUri));
    client.settings = { language: 'en' };
    const refresh = client.serverRequest('workspace/diagnostic/refresh');
    await client.configurationChanged();
    await refresh;
    const english = full(await pull(seedUri, thai.resultId));
    const inEnglish = analyze(seed, toSettings({ language: 'en' }).settings).findings.map((f) =>
      toDiagnostic(f, seedUri, 'en'),
    );
    assert.deepEqual(english.items, inEnglish);
    assert.notDeepEqual(
      english.items.map((d) => d.message),
      thai.items.map((d) => d.message),
    );
    assert.equal(await client.stop(), 0);
  });

  it('sends at most plancheck.maxNumberOfProblems: errors first, then a note of how many are left out', async () => {
    client = await TestClient.start('th', { maxNumberOfProblems: 6 }, pulling(false));
    await client.open(seedUri, seed);
    const all = expected(seed);
    const report = full(await pull(seedUri));
    assert.equal(report.items.length, 6);
    const errors = all.filter((d) => d.severity === 1);
    assert.ok(errors.length >= 5, 'the seed has at least five errors');
    assert.deepEqual(report.items.slice(0, 5), errors.slice(0, 5));
    const note = report.items[5];
    assert.equal(note?.code, 'too-many-problems');
    assert.equal(note?.severity, 3);
    assert.match(note?.message ?? '', new RegExp(`แสดงปัญหา 5 จากทั้งหมด ${all.length} รายการ`));
    // Nothing changed: the capped report is `unchanged` too.
    assert.equal((await pull(seedUri, report.resultId)).kind, 'unchanged');
    assert.equal(await client.stop(), 0);
  });

  it('sends no refresh request to a client that cannot take one', async () => {
    client = await TestClient.start('th', {}, pulling(false));
    let refreshes = 0;
    client.connection.onRequest('workspace/diagnostic/refresh', () => {
      refreshes++;
      return null;
    });
    await client.open(seedUri, seed);
    full(await pull(seedUri));
    await client.configurationChanged();
    // A refresh would be written before this answer: the server handles messages in order.
    assert.equal(full(await pull(seedUri)).items.length, 39);
    assert.equal(refreshes, 0);
    assert.equal(await client.stop(), 0);
  });

  it('answers empty full reports for non-plan, closed, unknown documents, errors for malformed requests, and keeps running', async () => {
    client = await TestClient.start('th', {}, pulling(false));
    await client.open(README_URI, '# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    assert.deepEqual(full(await pull(README_URI)).items, []);

    await client.open(seedUri, seed);
    const first = full(await pull(seedUri));
    await client.close(seedUri);
    assert.deepEqual(await pull(seedUri, first.resultId), { kind: 'full', items: [] });
    assert.deepEqual(await pull('file:///never/opened.plan.md'), { kind: 'full', items: [] });

    // Malformed requests get an error or an empty report, never a crash.
    for (const params of [{}, { textDocument: null }, { textDocument: { uri: 42 } }]) {
      const answer = await client.connection.sendRequest('textDocument/diagnostic', params).then(
        (report) => report,
        (error: Error) => error,
      );
      assert.ok(answer instanceof Error || isDeepStrictEqual(answer, { kind: 'full', items: [] }));
    }

    await client.open(seedUri, seed);
    const reopened = full(await pull(seedUri, first.resultId));
    assert.equal(reopened.items.length, 39);
    assert.ok(client.alive);
    assert.equal(await client.stop(), 0);
  });
});
