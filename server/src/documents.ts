// Per-URI cache of each open document's analysis, keyed by document version and settings, so that
// every feature (diagnostics, summary, quick fixes, symbols) shares one analysis per version. A new
// version is analysed from the previous version's analysis, which the engine reuses where unchanged.
import type { TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, isPlanDocument, type Analysis, type Settings } from './engine.js';

/** The analysis of a document version: `undefined` when the document is not a plan. */
export type DocumentAnalysis = Analysis | undefined;

/** Analyses documents once per version and settings. */
export interface AnalysisCache {
  /** The analysis of the document's current version (computed now if not cached); may throw. */
  get(document: TextDocument, settings: Settings): DocumentAnalysis;
}

interface Entry {
  version: number;
  settings: Settings;
  analysis: DocumentAnalysis;
}

/** The file name in a document URI (`file:///a/b.plan.md` → `/a/b.plan.md`), for the plan rule. */
export function fileNameOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/** Creates the cache; entries are dropped when their document closes. */
export function createAnalysisCache(
  documents: TextDocuments<TextDocument>,
  linesOf: (document: TextDocument) => string[],
): AnalysisCache {
  const entries = new Map<string, Entry>();
  documents.onDidClose((e) => entries.delete(e.document.uri));
  return {
    get(document, settings) {
      const cached = entries.get(document.uri);
      if (cached && cached.version === document.version && cached.settings === settings) {
        return cached.analysis;
      }
      // Lines, not the text: reading a 4 MB text at each keystroke would copy it.
      const lines = linesOf(document);
      const analysis = isPlanDocument(fileNameOf(document.uri), lines, settings.planFiles)
        ? analyze(lines, settings, cached?.analysis)
        : undefined;
      entries.set(document.uri, { version: document.version, settings, analysis });
      return analysis;
    },
  };
}
