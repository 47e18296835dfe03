// Whether a document's diagnostics are the ones last sent to the client: pull answers `unchanged`
// then, and push sends nothing (a push client already shows them; resending the 10× plan's 770
// diagnostics costs both sides 15 ms and redraws the editor's problem list for nothing).
import type { Diagnostic } from 'vscode-languageserver/node.js';
import type { Finding } from '../engine.js';

/**
 * What was last sent for a document: the findings reported and their diagnostics, in the same order,
 * then any diagnostic that stands for no finding (the notice of problems left out).
 */
export interface Sent {
  findings: readonly Finding[];
  diagnostics: Diagnostic[];
}

/** The findings of a document that is not a plan (or not analysable). */
export const NO_FINDINGS: readonly Finding[] = [];

/**
 * Whether two JSON-like values (diagnostics) are structurally equal; bigints compare by value. Written
 * out because `util.isDeepStrictEqual` took 2.5× as long on the 10× plan's 1,159 diagnostics.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (!Object.hasOwn(y, key) || !sameValue(x[key], y[key])) return false;
  return true;
}

/**
 * Whether `findings` (converted to `diagnostics`) report exactly what `last` did. Reused finding objects
 * are the same finding (the engine never mutates one it has handed out); only the others are compared
 * by their diagnostics, structurally.
 */
export function unchangedSince(
  last: Sent,
  findings: readonly Finding[],
  diagnostics: readonly Diagnostic[],
): boolean {
  if (last.findings.length !== findings.length) return false;
  if (last.diagnostics.length !== diagnostics.length) return false;
  for (let i = 0; i < findings.length; i++) {
    if (last.findings[i] === findings[i]) continue;
    if (!sameValue(last.diagnostics[i], diagnostics[i])) return false;
  }
  // After the findings' diagnostics: the one that says how many were left out (diagnostics-cap.ts).
  for (let i = findings.length; i < diagnostics.length; i++)
    if (!sameValue(last.diagnostics[i], diagnostics[i])) return false;
  return true;
}
