// Diagnostics: the one conversion from engine findings to LSP diagnostics, and the debounced,
// version-checked validation of open plan documents.
import {
  DiagnosticSeverity,
  type Connection,
  type Diagnostic,
  type TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine.js';
import { formatMessage, type Locale } from '../i18n/index.js';
import type { ConfigSupport } from '../config.js';
import type { AnalysisCache } from '../documents.js';

/** The `source` of every diagnostic the server publishes. */
export const SOURCE = 'plancheck';

const severities: Record<Finding['level'], DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

/** Converts one finding of the document at `uri` into an LSP diagnostic, messages in `locale`. */
export function toDiagnostic(finding: Finding, uri: string, locale: Locale): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.level],
    code: finding.checkId,
    source: SOURCE,
    message: formatMessage(finding.message.key, finding.message.args, locale),
  };
  if (finding.docsUrl) diagnostic.codeDescription = { href: finding.docsUrl };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri, range: r.range },
      message: formatMessage(r.message.key, r.message.args, locale),
    }));
  }
  if (finding.data !== undefined) diagnostic.data = toJsonSafe(finding.data);
  return diagnostic;
}

/** Copies a value so that it survives JSON: bigints become decimal strings. */
export function toJsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSafe(v)]));
  }
  return value;
}

/** What diagnostics need besides the connection and the documents. */
export interface DiagnosticsContext {
  config: ConfigSupport;
  cache: AnalysisCache;
  locale: Locale;
}

/** Validates open documents on open, change and configuration change; clears on close. */
export function registerDiagnosticsSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  { config, cache, locale }: DiagnosticsContext,
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
      diagnostics = analysis?.findings.map((f) => toDiagnostic(f, uri, locale)) ?? [];
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
