// The table exporters by format: one entry per format, so new ones slot in without touching callers.
import type { Summary } from '../model/summary.js';
import type { ExportContext } from './context.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderXlsx } from './xlsx.js';

export type { ExportContext, ExportProblem } from './context.js';

/** An exporter: how to render a summary and what its files are called. */
export interface Exporter {
  /** The file extension, without a dot. */
  extension: string;
  /** True when `render` gives bytes that are not text (never printed to a terminal). */
  binary: boolean;
  /** Renders the summary; text is written as UTF-8, bytes as they are (for binary formats). */
  render(summary: Summary, context?: ExportContext): Promise<string | Uint8Array>;
}

/** Every export format, keyed by its `--format` name, in help order (`md` is the default). */
export const exporters = {
  md: { extension: 'md', binary: false, render: async (s: Summary) => renderMarkdown(s) },
  csv: { extension: 'csv', binary: false, render: async (s: Summary) => renderCsv(s) },
  xlsx: { extension: 'xlsx', binary: true, render: renderXlsx },
  html: { extension: 'html', binary: false, render: async (s: Summary) => renderHtml(s) },
  json: { extension: 'json', binary: false, render: async (s: Summary) => renderJson(s) },
} as const satisfies Record<string, Exporter>;

/** A `--format` name. */
export type ExportFormat = keyof typeof exporters;

/** The export format names, in help order. */
export const exportFormats = Object.keys(exporters) as ExportFormat[];

/** True when `name` is a known export format. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(exporters, name);
}
