// writeFileAtomic under SIGKILL: a process killed in the middle of replacing a file leaves the old file
// byte for byte (or, once renamed, the whole new one; never a part). A killed writer cannot remove its
// temp file; it is recognisable by name (`.<name>.<12 hex digits>.tmp` in the same folder).
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';

const child = path.join(import.meta.dirname, '..', 'support', 'atomic-write-child.ts');
/** The name a temp file of writeFileAtomic has, for a target called `name`. */
const tempName = (name: string): RegExp =>
  new RegExp(`^\\.${name.replace(/\./g, '\\.')}\\.[0-9a-f]{12}\\.tmp$`);

/** Starts the child and resolves once it prints `line` (with the process, to kill it then). */
function runUntil(args: string[], line: string) {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    proc.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const reached = new Promise<void>((resolve, reject) => {
    createInterface({ input: proc.stdout }).on('line', (l) => l === line && resolve());
    void exited.then(() => reject(new Error(`the child exited before "${line}": ${stderr}`)));
  });
  return { proc, reached, exited };
}

describe('fs/atomic-write: killed mid-write', function () {
  this.timeout(60_000);
  let dir: string;
  const old = Buffer.from('ตารางเดิม old table\n'.repeat(1000));
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'plancheck-atomic-kill-'));
    writeFileSync(path.join(dir, 'table.csv'), old);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('SIGKILL with half the new data written: the old file is intact byte for byte', async () => {
    const target = path.join(dir, 'table.csv');
    const run = runUntil([target, String(8 * 1024 * 1024), '65', '--hang-at-half'], 'half');
    await run.reached;
    run.proc.kill('SIGKILL');
    assert.equal(await run.exited, 'SIGKILL');
    assert.ok(readFileSync(target).equals(old), 'the old file is unchanged');
    const left = readdirSync(dir).filter((n) => n !== 'table.csv');
    assert.equal(left.length, 1, `one temp file left: ${left}`);
    assert.match(left[0] ?? '', tempName('table.csv'));
    const temp = readFileSync(path.join(dir, left[0] ?? ''));
    assert.equal(temp.length, 4 * 1024 * 1024, 'the temp file holds the half that was written');
  });

  it('SIGKILL at whatever point a real 64 MB write reached: the old file or the whole new one', async () => {
    const target = path.join(dir, 'table.csv');
    const size = 64 * 1024 * 1024;
    const run = runUntil([target, String(size), '66'], 'start');
    await run.reached;
    run.proc.kill('SIGKILL');
    assert.equal(await run.exited, 'SIGKILL');
    const now = readFileSync(target);
    const whole = now.length === size && now.every((b) => b === 66);
    assert.ok(now.equals(old) || whole, `a part of the new file: ${now.length} bytes`);
    for (const name of readdirSync(dir).filter((n) => n !== 'table.csv'))
      assert.match(name, tempName('table.csv'));
  });
});
