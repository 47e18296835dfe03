// The floor under a full diagnostics report: what encoding the report costs the server and decoding it
// costs the client, with no checking at all. An edit that changes any diagnostic of a document is
// answered with all of them (LSP has no partial report for one document), so no such edit can be
// answered faster than this. Part of `npm run bench`.
import { analyze } from '../server/src/engine.js';
import { cappedNotice, toDiagnostic } from '../server/src/features/diagnostics.js';
import { capFindings, DEFAULT_MAX_PROBLEMS } from '../server/src/features/diagnostics-cap.js';
import { encodeMessage } from '../server/src/stdio.js';
import { stat, type Stat } from './edits.js';

/** The cost of one full report of a plan's diagnostics, and its size. */
export interface ReportFloor extends Stat {
  /** Diagnostics sent: at most the default plancheck.maxNumberOfProblems (features/diagnostics-cap.ts). */
  diagnostics: number;
  /** Problems found, sent or not. */
  problems: number;
  bytes: number;
}

/**
 * JSON encoding, UTF-8 both ways and JSON parsing of the full pull report of `text`, `reps` times;
 * without the findings of the checks in `without` (the duplicates that a multiplied plan has by making).
 * The server's side is its stdio encoder with every diagnostic's bytes already made (as for an edit
 * that changes one diagnostic and moves none), or with none of them made (`allNew`: as for an edit
 * that moves every diagnostic); the client's side is what vscode-jsonrpc's reader does.
 */
export function reportFloor(
  text: string,
  reps: number,
  without: string[] = [],
  /** Every diagnostic a new object each time, as after an edit that moves them all (no cached bytes). */
  allNew = false,
): ReportFloor {
  const findings = analyze(text).findings.filter((f) => !without.includes(f.checkId));
  // What the server sends with default settings: at most 1,000, the last one the notice.
  const { shown, total } = capFindings(findings, DEFAULT_MAX_PROBLEMS);
  const items = shown.map((f) => toDiagnostic(f, 'file:///bench/plan.md', 'th'));
  if (shown.length < total) items.push(cappedNotice(shown.length, total, 'th'));
  const message = { jsonrpc: '2.0', id: 1, result: { kind: 'full', resultId: 'r.1', items } };
  const once = (): number => {
    const report = allNew
      ? { ...message, result: { ...message.result, items: items.map((d) => ({ ...d })) } }
      : message;
    const t0 = performance.now();
    const bytes = encodeMessage(report);
    JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    return performance.now() - t0;
  };
  once();
  const xs = Array.from({ length: reps }, once);
  const bytes = Buffer.byteLength(JSON.stringify(message));
  return { ...stat(xs), diagnostics: items.length, problems: total, bytes };
}
