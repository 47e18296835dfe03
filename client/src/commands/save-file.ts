// Writing a file the user chose in a save dialog: atomically (the one helper), replacing an existing
// file only when it already existed when the dialog confirmed the overwrite.
import { l10n, workspace, type Uri } from 'vscode';
import { TargetExistsError, writeFileAtomic } from '../../../server/src/fs/atomic-write.js';

/** True when something exists at `uri`. */
export async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `data` to `uri`. `confirmed` says the file existed when the save dialog returned, so the
 * dialog asked the user to replace it; a file that appeared after that is never replaced.
 */
export async function writeChosenFile(
  uri: Uri,
  data: string | Uint8Array,
  confirmed: boolean,
): Promise<void> {
  if (uri.scheme === 'file') {
    await writeFileAtomic(uri.fsPath, data, { overwrite: confirmed });
    return;
  }
  // Virtual file systems: VS Code's API, which has no atomic rename.
  if (!confirmed && (await exists(uri))) throw new TargetExistsError(uri.toString());
  await workspace.fs.writeFile(uri, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
}

/** A short, translated reason for a failed write. */
export function writeFailureReason(e: unknown): string {
  if (e instanceof TargetExistsError)
    return l10n.t('a file with this name was created meanwhile, and it was not replaced');
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return l10n.t('the folder does not exist');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return l10n.t('permission denied');
  if (code === 'EISDIR') return l10n.t('it is a folder');
  if (code === 'ENOSPC') return l10n.t('the disk is full');
  return e instanceof Error ? e.message : String(e);
}
