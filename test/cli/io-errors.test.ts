// CLI I/O failures as a user meets them, each one plain message and exit 2, no stack trace: an output
// folder that cannot exist (a path under a file, or under /proc: real errors even for root, whom chmod
// does not stop), a full disk on standard output (/dev/full), and a file-size limit hit by `-o`.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.join(import.meta.dirname, '..', '..');
const bundle = path.join(root, 'dist', 'cli.cjs');
const sample = path.join(root, 'samples', 'pok-noi-2566-2570.plan.md');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a shell command line with the CLI as `$CLI`, in `cwd`, in English (asked for, as the plans
 * are Thai) unless `lang` names another environment language.
 */
function sh(line: string, cwd: string, lang = 'C.UTF-8'): Run {
  const pinned = lang === 'C.UTF-8' ? 'en' : '';
  const r = spawnSync('sh', ['-c', line], {
    cwd,
    env: {
      ...process.env,
      LC_ALL: '',
      LC_MESSAGES: '',
      LANG: lang,
      PLANCHECK_LANG: pinned,
      CLI: bundle,
    },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function noStack(r: Run): void {
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:|node:internal/, r.stderr);
}

describe('cli: I/O errors (bundled, spawned)', function () {
  this.timeout(60_000);
  let dir: string;
  before(function () {
    if (!existsSync(bundle)) {
      const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
    dir = mkdtempSync(path.join(tmpdir(), 'plancheck-io-'));
    writeFileSync(path.join(dir, 'a-file'), 'not a folder');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('-o into a path under a file (ENOTDIR): exit 2, "its folder does not exist"', () => {
    const r = sh(`node "$CLI" table -o a-file/table.md "${sample}"`, dir);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, 'Cannot write a-file/table.md: its folder does not exist.\n');
    noStack(r);
  });

  it('-o into /proc, where even root cannot create a file: exit 2, a plain message', () => {
    const r = sh(`node "$CLI" table -o /proc/plancheck-table.md "${sample}"`, dir);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^Cannot write \/proc\/plancheck-table\.md: .+\.\n$/);
    noStack(r);
  });

  for (const [what, args] of [
    ['check (text)', 'check'],
    ['check --format json', 'check -f json'],
    ['table', 'table'],
  ] as const) {
    it(`${what} to a full disk (stdout is /dev/full): exit 2, "the disk is full"`, () => {
      const r = sh(`node "$CLI" ${args} "${sample}" > /dev/full`, dir);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stderr, 'Cannot write the output: the disk is full.\n');
      noStack(r);
    });
  }

  it('speaks Thai about a full disk in a Thai environment', () => {
    const r = sh(`node "$CLI" check "${sample}" > /dev/full`, dir, 'th_TH.UTF-8');
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'เขียนผลลัพธ์ไม่ได้: พื้นที่ดิสก์เต็ม\n');
  });

  it('-o beyond a file-size limit: exit 2, the old file intact, no temp file left', () => {
    const out = path.join(dir, 'limited.md');
    writeFileSync(out, 'old table');
    // `ulimit -f 1` allows 512 bytes; SIGXFSZ is ignored so that the write fails with EFBIG instead.
    const r = sh(
      `ulimit -f 1; trap '' XFSZ; exec node "$CLI" table --force -o limited.md "${sample}"`,
      dir,
    );
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^Cannot write limited\.md: .+\.\n$/);
    noStack(r);
    assert.equal(readFileSync(out, 'utf8'), 'old table');
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.endsWith('.tmp')),
      [],
    );
  });
});
