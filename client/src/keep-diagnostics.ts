// Pulled diagnostics survive fast typing. vscode-languageclient 9 turns a pull that it cancelled itself
// (a newer edit arrived) into an empty report and shows it, so squiggles flicker off and on while typing
// (microsoft/vscode-languageserver-node#1471 and #1799, fixed in its version 10). This middleware turns
// that case into a cancellation, on which the client keeps what it shows and pulls again.
// Only types come from vscode-languageclient here, so the logic is testable outside VS Code.
import type { Middleware } from 'vscode-languageclient/node.js';

type ProvideDiagnostics = NonNullable<Middleware['provideDiagnostics']>;

/** The `provideDiagnostics` middleware; `cancelled()` makes the error VS Code reads as a cancellation. */
export function keepDiagnosticsWhenCancelled(cancelled: () => Error): ProvideDiagnostics {
  return async (document, previousResultId, token, next) => {
    const report = await next(document, previousResultId, token);
    if (token.isCancellationRequested) throw cancelled();
    return report;
  };
}
