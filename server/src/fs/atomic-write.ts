// The one way plancheck writes a file: temp file in the same folder, fsync, then rename (or link), never half-written.
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

/** Options for `writeFileAtomic`. */
export interface AtomicWriteOptions {
  /** Replace an existing file; without it an existing target is left untouched and `TargetExistsError` thrown. */
  overwrite?: boolean;
}

/** Thrown when the target exists and `overwrite` was not given. */
export class TargetExistsError extends Error {
  /** Same code as the system error, for callers that switch on `code`. */
  readonly code = 'EEXIST';
  constructor(readonly target: string) {
    super(`${target} already exists`);
    this.name = 'TargetExistsError';
  }
}

/** Thrown when the target exists but is not a regular file (a folder, a device such as /dev/null, a link). */
export class NotAFileError extends Error {
  /** A code of our own, for callers that switch on `code`. */
  readonly code = 'ENOTFILE';
  constructor(readonly target: string) {
    super(`${target} is not a regular file`);
    this.name = 'NotAFileError';
  }
}

/**
 * Writes `data` to `target` so that readers see the old file or the whole new one, never a part.
 * On any failure the temp file is removed and an existing target is unchanged.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // lstat: a rename would replace a link or a device node itself (as root even /dev/null), never write through it.
  const existing = await fsp.lstat(target).catch(() => undefined);
  if (existing && !existing.isFile())
    throw existing.isDirectory()
      ? Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' })
      : new NotAFileError(target);
  if (existing && !options.overwrite) throw new TargetExistsError(target);
  try {
    const handle = await fsp.open(temp, 'wx');
    try {
      // A replaced file keeps its permissions (open()'s mode would be reduced by the umask).
      if (existing) await handle.chmod(existing.mode & 0o7777);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await fsp.rename(temp, target);
    else await placeWithoutReplacing(temp, target);
  } finally {
    await fsp.rm(temp, { force: true });
  }
  await syncDirectory(dir);
}

/** link() fails if the target appeared meanwhile, so a file created since the check is never replaced. */
async function placeWithoutReplacing(temp: string, target: string): Promise<void> {
  try {
    await fsp.link(temp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new TargetExistsError(target);
    // File systems without hard links: fall back to a checked rename (a tiny race window remains).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP')
      throw e;
    if (await fsp.stat(target).catch(() => undefined)) throw new TargetExistsError(target);
    await fsp.rename(temp, target);
  }
}

/** Makes the rename durable; not possible on every platform (Windows), so failures are ignored. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fsp.open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
