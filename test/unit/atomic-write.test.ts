// writeFileAtomic: creates, refuses to replace without `overwrite`, replaces with it, never leaves temp files.
import { strict as assert } from 'node:assert';
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  NotAFileError,
  TargetExistsError,
  writeFileAtomic,
} from '../../server/src/fs/atomic-write.js';

describe('fs/atomic-write', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'plancheck-atomic-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a new file with the exact bytes, text as UTF-8', async () => {
    const target = path.join(dir, 'ตาราง.csv');
    await writeFileAtomic(target, '\uFEFFมิติ,ปี 2566\r\n');
    assert.equal(readFileSync(target, 'utf8'), '\uFEFFมิติ,ปี 2566\r\n');
    await writeFileAtomic(path.join(dir, 'b.bin'), new Uint8Array([0, 255, 1]));
    assert.deepEqual([...readFileSync(path.join(dir, 'b.bin'))], [0, 255, 1]);
    assert.deepEqual(readdirSync(dir).sort(), ['b.bin', 'ตาราง.csv']);
  });

  it('refuses to replace an existing file unless overwrite is given, and leaves it untouched', async () => {
    const target = path.join(dir, 'out.md');
    writeFileSync(target, 'old');
    await assert.rejects(writeFileAtomic(target, 'new'), TargetExistsError);
    assert.equal(readFileSync(target, 'utf8'), 'old');
    assert.deepEqual(readdirSync(dir), ['out.md']);
  });

  it('replaces with overwrite, keeping the old file mode', async () => {
    const target = path.join(dir, 'out.md');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    await writeFileAtomic(target, 'new', { overwrite: true });
    assert.equal(readFileSync(target, 'utf8'), 'new');
    assert.equal(statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['out.md']);
  });

  it('never replaces a link, a device or a folder, even with overwrite', async () => {
    const real = path.join(dir, 'real.md');
    writeFileSync(real, 'kept');
    const link = path.join(dir, 'link.md');
    symlinkSync(real, link);
    await assert.rejects(writeFileAtomic(link, 'new', { overwrite: true }), NotAFileError);
    assert.equal(lstatSync(link).isSymbolicLink(), true);
    assert.equal(readFileSync(real, 'utf8'), 'kept');
    // As root, a rename over /dev/null would replace the device itself: the check comes first.
    await assert.rejects(writeFileAtomic('/dev/null', 'x', { overwrite: true }), NotAFileError);
    assert.equal(lstatSync('/dev/null').isCharacterDevice(), true);
    await assert.rejects(writeFileAtomic(dir, 'x', { overwrite: true }), { code: 'EISDIR' });
    assert.deepEqual(readdirSync(dir).sort(), ['link.md', 'real.md']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await assert.rejects(writeFileAtomic(path.join(dir, 'missing', 'x.md'), 'x'), {
      code: 'ENOENT',
    });
    assert.deepEqual(readdirSync(dir), []);
  });
});
