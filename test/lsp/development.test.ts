// LSP test of a development plan (ผ.01 / ผ.02) over stdio (bundled server): diagnostics of the planted
// defects, the outline ยุทธศาสตร์ → แผนงาน → project rows, hover on a ผ.01 row beside the ผ.02 figures,
// and the quick fix that writes the right figure.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  Hover,
  MarkupContent,
} from 'vscode-languageserver/node.js';
import { applyEdits } from '../support/edits.js';
import { ensureServerBundle, TestClient } from './harness.js';

const DEFECTS = readFileSync('samples/development-plan-2566-2570-defects.plan.md', 'utf8');
const CLEAN = readFileSync('samples/development-plan-2566-2570.plan.md', 'utf8');
const planted = JSON.parse(
  readFileSync('test/fixtures/profiles/development-defects.expected.json', 'utf8'),
) as { line: number; checkId: string }[];
const URI = 'file:///work/plans/development-defects.plan.md';
const CLEAN_URI = 'file:///work/plans/development.plan.md';

describe('development plan (bundled server over stdio)', function () {
  let client: TestClient;
  let diagnostics: Diagnostic[];

  before(async function () {
    ensureServerBundle(this);
    client = await TestClient.start('th');
    await client.open(URI, DEFECTS);
    await client.open(CLEAN_URI, CLEAN);
    diagnostics = (await client.diagnostics(URI, 'defects sample')).diagnostics;
  });

  after(async () => {
    await client.stop();
  });

  it('publishes exactly the planted findings, in Thai', () => {
    const got = diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`).sort();
    assert.deepEqual(got, planted.map((d) => `${d.line}:${d.checkId}`).sort());
    const count = diagnostics.find((d) => d.code === 'dev-count');
    assert.match(count?.message ?? '', /จำนวนโครงการปี 25\d\d เขียนไว้/);
  });

  it('the clean sample has no diagnostic', async () => {
    const p = await client.diagnostics(CLEAN_URI, 'clean sample');
    assert.deepEqual(p.diagnostics, []);
  });

  it('outline: plan → ผ.01 and strategies → แผนงาน → project rows with their budgets', async () => {
    const [root] = await client.connection.sendRequest<DocumentSymbol[]>(
      'textDocument/documentSymbol',
      { textDocument: { uri: CLEAN_URI } },
    );
    assert.ok(root?.children);
    const strategies = root.children.filter((s) => /^ยุทธศาสตร์ที่/.test(s.name));
    assert.ok(strategies.length >= 3);
    assert.ok(root.children.some((s) => /ผ\.01/.test(s.name)));
    const programmes = strategies.flatMap((s) => s.children ?? []);
    assert.ok(programmes.length >= 8);
    const projects = programmes.flatMap((p) => p.children ?? []);
    assert.ok(projects.length >= 60);
    assert.match(projects[0]?.name ?? '', /^1\. /);
    assert.match(projects[0]?.detail ?? '', /บาท/);
  });

  it('hover on a ผ.01 row shows what it says beside what ผ.02 gives', async () => {
    const wrong = diagnostics.find((d) => d.code === 'dev-budget');
    assert.ok(wrong);
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri: URI },
      position: wrong.range.start,
    });
    const text = (hover.contents as MarkupContent).value;
    assert.match(text, /ผ\.01/);
    assert.match(text, /งบประมาณจาก ผ\.02/);
    // The written figure and the worked-out one both appear.
    const line = DEFECTS.split('\n')[wrong.range.start.line] ?? '';
    const written = line
      .slice(wrong.range.start.character, wrong.range.end.character)
      .replace(/\*/g, '');
    assert.ok(text.includes(written), `hover shows ${written}`);
  });

  it('the quick fix writes the figure ผ.02 gives, and the diagnostic goes', async () => {
    const wrong = diagnostics.find((d) => d.code === 'dev-count');
    assert.ok(wrong);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: wrong.range,
      context: { diagnostics: [wrong] },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.edit?.changes?.[URI]);
    assert.ok(fix, 'a quick fix');
    const after = applyEdits(DEFECTS, fix.edit?.changes?.[URI] ?? []);
    await client.change(URI, 2, after);
    const p = await client.diagnostics(URI, 'after the fix', (x) => x.version === 2);
    assert.ok(!p.diagnostics.some((d) => d.code === 'dev-count'));
    assert.equal(p.diagnostics.length, diagnostics.length - 1);
  });
});
