// Diagnostics: the one conversion from engine findings to LSP diagnostics (cached per finding object),
// and the choice between pull diagnostics (LSP 3.17, when the client supports them) and pushed ones.
import {
  DiagnosticSeverity,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding, Settings } from '../engine.js';
import type { LocaleOf } from './context.js';
import type { MessageRef } from '../checks/types.js';
import { formatMessage, type Locale } from '../i18n/index.js';
import type { ConfigSupport } from '../config.js';
import type { AnalysisCache } from '../documents.js';
import { registerPullDiagnostics } from './diagnostics-pull.js';
import { registerPushDiagnostics } from './diagnostics-push.js';
import { CAPPED_CODE, CAPPED_DOCS, capFindings, DEFAULT_MAX_PROBLEMS } from './diagnostics-cap.js';
import { NO_FINDINGS, type Sent } from './diagnostics-unchanged.js';

/** The `source` of every diagnostic the server publishes. */
export const SOURCE = 'plancheck';

const severities: Record<Finding['level'], DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

/** Turns a check's message reference into text. */
type Format = (message: MessageRef) => string;

/** Converts one finding of the document at `uri` into an LSP diagnostic, messages in `locale`. */
export function toDiagnostic(finding: Finding, uri: string, locale: Locale): Diagnostic {
  return buildDiagnostic(finding, uri, (m) => formatMessage(m.key, m.args, locale));
}

function buildDiagnostic(finding: Finding, uri: string, format: Format): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.level],
    code: finding.checkId,
    source: SOURCE,
    message: format(finding.message),
  };
  if (finding.docsUrl) diagnostic.codeDescription = { href: finding.docsUrl };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri, range: r.range },
      message: format(r.message),
    }));
  }
  const data = wireData(finding.data);
  if (data !== undefined) diagnostic.data = data;
  return diagnostic;
}

/**
 * What of a finding's data goes to the client: the figures, not the fixes. Code actions look the fixes
 * up in the server's analysis (features/fixes/data.ts), so the fix edits (a regenerated table, a line's
 * old text) are not sent again with every diagnostics report: on the 10× plan they were a quarter of it.
 */
function wireData(data: Finding['data']): unknown {
  if (data === undefined) return undefined;
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (key !== 'fixes') rest[key] = value;
  return Object.keys(rest).length > 0 ? toJsonSafe(rest) : undefined;
}

/** Copies a value so that it survives JSON: bigints become decimal strings. */
export function toJsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(toJsonSafe);
  // A plain loop: on the 10× plan's fix data (450 KB of JSON) it is 3-5× faster than Object.fromEntries.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const safe = toJsonSafe((value as Record<string, unknown>)[key]);
    // Assigning `__proto__` would set the prototype; JSON.parse makes it an ordinary key, and so does this.
    if (key !== '__proto__') copy[key] = safe;
    else Object.defineProperty(copy, key, { value: safe, enumerable: true, writable: true });
  }
  return copy;
}

/** The diagnostic after the shown ones, on the first line: how many of how many, and how to see the rest. */
export function cappedNotice(shown: number, total: number, locale: Locale): Diagnostic {
  const count = (n: number): string => n.toLocaleString('en-US');
  const at = { line: 0, character: 0 };
  return {
    range: { start: at, end: at },
    severity: DiagnosticSeverity.Information,
    code: CAPPED_CODE,
    codeDescription: { href: CAPPED_DOCS },
    source: SOURCE,
    message: formatMessage(
      'diagnostics.capped',
      { shown: count(shown), total: count(total) },
      locale,
    ),
  };
}

/** Converts findings to diagnostics, once per finding object and document. */
export type DiagnosticConverter = (findings: readonly Finding[], uri: string) => Diagnostic[];

/**
 * A converter that remembers the diagnostic built for each finding object: the incremental engine
 * hands back the same (never mutated) Finding for an unchanged part of a plan, so it is converted once.
 * The URI is kept with it because related information names the document. Message texts are
 * remembered per message object too.
 */
export function createDiagnosticConverter(locale: Locale): DiagnosticConverter {
  const built = new WeakMap<Finding, { uri: string; diagnostic: Diagnostic }>();
  // A finding moved by inserted or deleted lines is a new object, but keeps its message objects.
  const texts = new WeakMap<MessageRef, string>();
  const format: Format = (m) => {
    let text = texts.get(m);
    if (text === undefined) texts.set(m, (text = formatMessage(m.key, m.args, locale)));
    return text;
  };
  return (findings, uri) =>
    findings.map((finding) => {
      const cached = built.get(finding);
      if (cached?.uri === uri) return cached.diagnostic;
      const diagnostic = buildDiagnostic(finding, uri, format);
      built.set(finding, { uri, diagnostic });
      return diagnostic;
    });
}

/** What diagnostics need besides the connection and the documents. */
export interface DiagnosticsContext {
  config: ConfigSupport;
  cache: AnalysisCache;
  locale: LocaleOf;
  /** The client's capabilities: pull diagnostics when it has `textDocument.diagnostic`. */
  capabilities: ClientCapabilities;
  /** Milliseconds since the client last sent bytes (Infinity when unknown): see diagnostics-push.ts. */
  inputQuietFor?: () => number;
}

/** What the pull and push halves share. */
export interface DiagnosticsWiring {
  /** Settings per document. */
  config: ConfigSupport;
  /** The shared analysis per document version. */
  cache: AnalysisCache;
  /**
   * The one analysis → diagnostics conversion, in the plan's language, cached per finding: the
   * findings reported (at most `maxNumberOfProblems`, see diagnostics-cap.ts) and their diagnostics.
   */
  convert: (analysis: Analysis | undefined, uri: string, settings: Settings) => Sent;
}

/**
 * Reports diagnostics for open documents: answers `textDocument/diagnostic` when the client can pull
 * (returning the capability to advertise), else publishes them on open, change and configuration change.
 */
export function registerDiagnosticsSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  { config, cache, locale, capabilities, inputQuietFor }: DiagnosticsContext,
): ServerCapabilities {
  const converters = { th: createDiagnosticConverter('th'), en: createDiagnosticConverter('en') };
  const convert = (analysis: Analysis | undefined, uri: string, settings: Settings): Sent => {
    if (!analysis) return { findings: NO_FINDINGS, diagnostics: [] };
    const language = locale(analysis);
    const max = settings.maxNumberOfProblems ?? DEFAULT_MAX_PROBLEMS;
    const { shown, total } = capFindings(analysis.findings, max);
    const diagnostics = converters[language](shown, uri);
    if (shown.length < total) diagnostics.push(cappedNotice(shown.length, total, language));
    return { findings: shown, diagnostics };
  };
  const wiring = { config, cache, convert };
  if (!capabilities.textDocument?.diagnostic) {
    const experimental = capabilities.experimental as { plancheckChecked?: unknown } | undefined;
    const tellChecked = experimental?.plancheckChecked === true;
    registerPushDiagnostics(connection, documents, wiring, inputQuietFor, tellChecked);
    return {};
  }
  const refresh = !!capabilities.workspace?.diagnostics?.refreshSupport;
  registerPullDiagnostics(connection, documents, wiring, refresh);
  return {
    diagnosticProvider: {
      identifier: SOURCE,
      interFileDependencies: false,
      workspaceDiagnostics: false,
    },
  };
}
