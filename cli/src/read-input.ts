// Reads a plan file (or standard input) as strict UTF-8 text; every failure becomes a message, never a throw.
import { readFile } from 'node:fs/promises';
import type { MessageRef } from '../../server/src/checks/types.js';

/** The text of an input, or why it could not be read. */
export type InputResult = { ok: true; text: string } | { ok: false; error: MessageRef };

/** The name shown for standard input. */
export const STDIN_NAME = '<stdin>';

/** Reads `file` (`-` = standard input, read once and reused) and decodes it as UTF-8 without a BOM. */
export async function readInput(
  file: string,
  readStdin: () => Promise<Uint8Array>,
): Promise<InputResult> {
  const shown = file === '-' ? STDIN_NAME : file;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (e) {
    return { ok: false, error: readError(shown, e) };
  }
  return decode(shown, bytes);
}

/** The bytes of an input (a Word file, say), or why it could not be read. */
export async function readBytes(
  file: string,
  readStdin: () => Promise<Uint8Array>,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: MessageRef }> {
  try {
    return { ok: true, bytes: file === '-' ? await readStdin() : await readFile(file) };
  } catch (e) {
    return { ok: false, error: readError(file === '-' ? STDIN_NAME : file, e) };
  }
}

/** Decodes strictly: a byte that is not UTF-8 is an error, not a replacement character. */
export function decode(file: string, bytes: Uint8Array): InputResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: { key: 'cli.not-utf8', args: { file } } };
  }
  if (text.includes('\0')) return { ok: false, error: { key: 'cli.binary', args: { file } } };
  return { ok: true, text };
}

function readError(file: string, e: unknown): MessageRef {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { key: 'cli.file-not-found', args: { file } };
  if (code === 'EISDIR') return { key: 'cli.is-directory', args: { file } };
  if (code === 'EACCES' || code === 'EPERM')
    return { key: 'cli.permission-denied', args: { file } };
  return {
    key: 'cli.read-failed',
    args: { file, reason: e instanceof Error ? e.message : String(e) },
  };
}
