// Startup timing in the Plancheck output channel: when the server was ready and when the first problems
// of a plan arrived, counted from the extension's activation. One line each, once per session, so a
// user (or the e2e test, which reads the channel's log file) can see where the first seconds go.
// Only types come from vscode-languageclient here, so the logic is testable outside VS Code.
import type { Middleware } from 'vscode-languageclient/node.js';

type ProvideDiagnostics = NonNullable<Middleware['provideDiagnostics']>;

/** Milliseconds since activation, as a whole number. */
export type Clock = () => number;

/** A `provideDiagnostics` middleware that logs the first full report with problems in it. */
export function logFirstDiagnostics(since: Clock, log: (line: string) => void): ProvideDiagnostics {
  let logged = false;
  return async (document, previousResultId, token, next) => {
    const asked = since();
    const report = await next(document, previousResultId, token);
    if (!logged && report && 'items' in report && report.items.length > 0) {
      logged = true;
      const path = 'uri' in document ? document.uri.path : document.path;
      const now = since();
      log(firstProblemsLine(now, path.split('/').pop() ?? path, report.items.length, now - asked));
    }
    return report;
  };
}

/** The line logged when the first problems arrive, `wait` ms after the client asked for them. */
export function firstProblemsLine(ms: number, file: string, count: number, wait: number): string {
  return `first problems: ${count} in ${file}, ${ms} ms after activation, ${wait} ms after asking`;
}

/** The line logged when the language server has answered `initialize`; `activated`: when that was. */
export function serverReadyLine(ms: number, activated: Date): string {
  return `server ready: ${ms} ms after activation (${activated.toISOString()})`;
}
