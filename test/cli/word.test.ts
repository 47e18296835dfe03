// `plancheck export --format docx` and `plancheck import`, spawned from the bundle: a plan with
// errors is not published without --force, files are never replaced without it, and an imported
// plan is written and checked.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const bundle = join(root, 'dist', 'cli.cjs');
const seed = join(root, 'samples', 'pok-noi-2566-2570.plan.md');
const fixed = join(root, 'samples', 'pok-noi-2566-2570-fixed.plan.md');

/** Runs the CLI in `cwd`, in English. */
function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    env: { ...process.env, PLANCHECK_LANG: 'en' },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli: export --format docx and import (bundled, spawned)', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'plancheck-word-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to publish a plan with errors, naming them; --force publishes it', () => {
    const refused = cli(['export', '--format', 'docx', '-o', 'seed.docx', seed], dir);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /Not publishing .* it has 28 errors \(the first: line 193, /);
    assert.equal(existsSync(join(dir, 'seed.docx')), false);
    const forced = cli(['export', '--format', 'docx', '-o', 'seed.docx', '--force', seed], dir);
    assert.equal(forced.status, 0, forced.stderr);
    assert.ok(statSync(join(dir, 'seed.docx')).size > 10000);
  });

  it('publishes a clean plan, and does not replace the file without --force', () => {
    const first = cli(['export', '--format', 'docx', '-o', 'fixed.docx', fixed], dir);
    assert.equal(first.status, 0, first.stderr);
    const again = cli(['export', '--format', 'docx', '-o', 'fixed.docx', fixed], dir);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /fixed\.docx/);
  });

  it('imports a .docx: writes the plan, reports, prints its findings', () => {
    cli(['export', '--format', 'docx', '-o', 'again.docx', fixed], dir);
    const r = cli(['import', '-o', 'again.plan.md', 'again.docx'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stderr,
      /^Imported again\.docx: .*front matter filled: title, organization, years/m,
    );
    assert.equal(
      r.stdout,
      'No problems in 1 file.\n',
      'the corrected plan stays clean through Word',
    );
    const plan = readFileSync(join(dir, 'again.plan.md'), 'utf8');
    assert.match(plan, /^---\ntype: plan\n/);
    const kept = cli(['import', '-o', 'again.plan.md', 'again.docx'], dir);
    assert.equal(kept.status, 2, 'an existing plan is not replaced without --force');
    assert.equal(readFileSync(join(dir, 'again.plan.md'), 'utf8'), plan);
  });

  it('says plainly when a file is not a Word document', () => {
    writeFileSync(join(dir, 'notes.docx'), 'plain text, not a zip');
    const r = cli(['import', 'notes.docx'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^Cannot read notes\.docx as a Word document \(\.docx\): /m);
  });
});
