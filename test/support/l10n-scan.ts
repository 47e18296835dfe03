// Finds the strings passed to `l10n.t(…)` in client sources, so a test can require a translation for each.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** A call found: its file and either the message or why it cannot be read statically. */
export interface L10nCall {
  file: string;
  message?: string;
  problem?: string;
}

const CALL = /\bl10n\.t\(\s*/g;
const LITERAL = /^(['"])((?:\\.|(?!\1)[^\\\n])*)\1\s*[,)]/s;
const TEMPLATE = /^`((?:\\.|[^`\\$]|\$(?!\{))*)`\s*[,)]/s;

/** Every `l10n.t(` call in the `.ts` files under `dir`. */
export function scanL10nCalls(dir: string): L10nCall[] {
  const calls: L10nCall[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(CALL)) {
      const rest = source.slice((m.index ?? 0) + m[0].length);
      const literal = LITERAL.exec(rest);
      const template = literal ? null : TEMPLATE.exec(rest);
      if (literal) calls.push({ file, message: unescape(literal[2] ?? '') });
      else if (template) calls.push({ file, message: unescape(template[1] ?? '') });
      else calls.push({ file, problem: `not a string literal: l10n.t(${rest.slice(0, 40)}…` });
    }
  }
  return calls;
}

/** The value of a JS string literal's body (the escapes a message may use). */
function unescape(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)/gs, (_, e: string) => {
    if (e.startsWith('u')) return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16));
    return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e;
  });
}
