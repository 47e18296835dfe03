// What the navigation features share: their context (settings, analysis cache, locale) and one way to
// get the current analysis of an open plan document, logging instead of failing a request.
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigSupport } from '../config.js';
import type { AnalysisCache } from '../documents.js';
import type { Analysis, Settings } from '../engine.js';
import type { Locale } from '../i18n/index.js';

/** The language to speak about an analysed plan (the user's choice, else the plan's own). */
export type LocaleOf = (analysis: Analysis) => Locale;

/** What a feature needs besides the connection and the documents (the same object diagnostics get). */
export interface FeatureContext {
  config: ConfigSupport;
  cache: AnalysisCache;
  locale: LocaleOf;
}

/** An open plan document with its current analysis and the settings it was analysed with. */
export interface OpenPlan {
  document: TextDocument;
  analysis: Analysis;
  settings: Settings;
}

/**
 * An open document and its settings. The document is read again once the settings have arrived, so
 * a request answers for the version that is current then; undefined when it is closed before or meanwhile.
 */
export async function withSettings(
  documents: TextDocuments<TextDocument>,
  config: ConfigSupport,
  uri: string,
): Promise<{ document: TextDocument; settings: Settings } | undefined> {
  if (!documents.get(uri)) return undefined;
  const settings = await config.get(uri);
  const document = documents.get(uri);
  return document ? { document, settings } : undefined;
}

/** The analysis of an open plan document; undefined for a closed or non-plan document or a failed parse. */
export async function openPlan(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ctx: FeatureContext,
  uri: string,
): Promise<OpenPlan | undefined> {
  const open = await withSettings(documents, ctx.config, uri);
  if (!open) return undefined;
  const { document, settings } = open;
  try {
    const analysis = ctx.cache.get(document, settings);
    return analysis ? { document, analysis, settings } : undefined;
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`plancheck: cannot analyse ${uri} v${document.version}: ${detail}`);
    return undefined;
  }
}
