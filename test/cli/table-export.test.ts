// `plancheck table` in the new formats: xlsx written with -o by the bundled CLI (exceljs loaded
// on demand inside the bundle) and read back, html to stdout, and xlsx refused on a terminal.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runTable } from '../../cli/src/table-command.js';
import type { CliIo } from '../../cli/src/io.js';

const SEED = path.resolve('samples/pok-noi-2566-2570.plan.md');
const BUNDLE = path.resolve('dist/cli.cjs');

/** Builds the bundle when it is missing or older than the table command or the exporters. */
function ensureBundle(): void {
  const sources = [
    'cli/src/table-command.ts',
    'server/src/export/xlsx.ts',
    'server/src/export/html.ts',
  ];
  const newest = Math.max(...sources.map((s) => statSync(s).mtimeMs));
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newest) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
}

/** A CLI io that records what it is given. */
function fakeIo(cwd: string, stdoutIsTTY: boolean) {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (d) => void out.push(d),
    err: (l) => void err.push(l),
    readStdin: async () => new Uint8Array(),
    cwd,
    env: {},
    stdoutIsTTY,
  };
  return { io, out, err };
}

describe('cli table: xlsx and html', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    ensureBundle();
    dir = mkdtempSync(path.join(tmpdir(), 'plancheck-table-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]) =>
    spawnSync(process.execPath, [BUNDLE, ...args], {
      cwd: dir,
      encoding: 'buffer',
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'th_TH.UTF-8' },
    });

  it('writes an xlsx workbook with -o that exceljs reads back, and keeps an existing file without --force', async () => {
    const r = run(['table', '--format', 'xlsx', '-o', 'seed.xlsx', SEED]);
    assert.equal(r.status, 0, r.stderr.toString());
    assert.equal(r.stdout.length, 0);
    const bytes = readFileSync(path.join(dir, 'seed.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    assert.deepEqual(
      book.worksheets.map((w) => w.name),
      ['ตารางสรุป', 'ปัญหา'],
    );
    assert.deepEqual(book.worksheets[0]?.getCell('D58').value, {
      formula: 'SUM(D21,D40,D49,D57)',
      result: 50000,
    });
    assert.equal(book.worksheets[1]?.rowCount, 40, 'a header row and the seed\u2019s 39 problems');
    const again = run(['table', '-f', 'xlsx', '-o', 'seed.xlsx', SEED]);
    assert.equal(again.status, 2);
    assert.match(again.stderr.toString(), /--force/);
    assert.deepEqual(readFileSync(path.join(dir, 'seed.xlsx')), bytes);
  });

  it('prints a standalone html page', () => {
    const r = run(['table', '-f', 'html', SEED]);
    assert.equal(r.status, 0, r.stderr.toString());
    const html = r.stdout.toString('utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<th scope="row" colspan="2">รวมทั้งสิ้น<\/th><td>จำนวน 50 โครงการ<\/td>/);
  });

  it('refuses to write xlsx to a terminal, but writes it to a pipe', async () => {
    writeFileSync(path.join(dir, 'p.plan.md'), readFileSync(SEED));
    const tty = fakeIo(dir, true);
    const args = {
      command: 'table' as const,
      files: [path.join(dir, 'p.plan.md')],
      format: 'xlsx',
      force: false,
      help: false,
      version: false,
    };
    assert.equal(await runTable(args, { io: tty.io, locale: 'en', version: '0' }), 2);
    assert.deepEqual(tty.out, []);
    assert.match(tty.err.join('\n'), /binary.*-o FILE/);
    const pipe = fakeIo(dir, false);
    assert.equal(await runTable(args, { io: pipe.io, locale: 'en', version: '0' }), 0);
    const bytes = pipe.out[0];
    assert.ok(
      bytes instanceof Uint8Array && bytes[0] === 0x50 && bytes[1] === 0x4b,
      'a zip (xlsx)',
    );
    const md = fakeIo(dir, true);
    assert.equal(
      await runTable({ ...args, format: 'md' }, { io: md.io, locale: 'en', version: '0' }),
      0,
    );
    assert.match(String(md.out[0]), /^\| มิติ \|/);
  });
});
