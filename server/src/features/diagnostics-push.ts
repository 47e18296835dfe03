// Pushed diagnostics (`textDocument/publishDiagnostics`), for clients without pull support such as
// Neovim 0.7: debounced to the next turn of the event loop and never older than what was published.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticsWiring } from './diagnostics.js';

/** Validates open documents on open, change and configuration change; clears on close. */
export function registerPushDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  { config, cache, convert }: DiagnosticsWiring,
): void {
  // Validation runs on the next turn of the event loop (setImmediate), after every message already
  // received has been read: a burst of edits is checked once, at its last version, and a single
  // keystroke is checked at once instead of after a fixed delay.
  const pending = new Map<string, NodeJS.Immediate>();
  // Whether each document was a plan at its last publish: an ordinary Markdown file gets one empty
  // publish (also when it stops being a plan), not one per keystroke.
  const wasPlan = new Map<string, boolean>();
  // The highest version published per document: a didChange that goes back (a duplicate or out-of-order
  // version from a misbehaving client) is never published after a newer one.
  const publishedVersion = new Map<string, number>();

  const validate = async (uri: string): Promise<void> => {
    const opened = documents.get(uri);
    if (!opened) return;
    const settings = await config.get(uri);
    const document = documents.get(uri);
    // A newer version (or a close) arrived while settings were pulled: that run publishes instead.
    if (!document || document.version !== opened.version) return;
    if (document.version < (publishedVersion.get(uri) ?? -Infinity)) return;
    let diagnostics: Diagnostic[];
    try {
      const analysis = cache.get(document, settings);
      if (!analysis && wasPlan.get(uri) === false) return;
      wasPlan.set(uri, !!analysis);
      diagnostics = analysis ? convert(analysis, uri) : [];
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      connection.console.error(`plancheck: cannot check ${uri} v${document.version}: ${detail}`);
      return;
    }
    publishedVersion.set(uri, document.version);
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  };

  const schedule = (uri: string): void => {
    if (pending.has(uri)) return;
    pending.set(
      uri,
      setImmediate(() => {
        pending.delete(uri);
        validate(uri).catch((error) => connection.console.error(`plancheck: ${String(error)}`));
      }),
    );
  };

  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearImmediate(pending.get(uri));
    pending.delete(uri);
    wasPlan.delete(uri);
    publishedVersion.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });
  config.onDidChange(() => {
    for (const document of documents.all()) schedule(document.uri);
  });
}
