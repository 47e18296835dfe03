// The table exporters by format: one entry per format, so new ones (xlsx, html) slot in without touching callers.
import type { Summary } from '../model/summary.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

/** An exporter: how to render a summary and what its files are called. */
export interface Exporter {
  /** The file extension, without a dot. */
  extension: string;
  /** Renders the summary; text is written as UTF-8, bytes as they are (for binary formats). */
  render(summary: Summary): Promise<string | Uint8Array>;
}

/** Every export format, keyed by its `--format` name. */
export const exporters = {
  md: { extension: 'md', render: async (s: Summary) => renderMarkdown(s) },
  csv: { extension: 'csv', render: async (s: Summary) => renderCsv(s) },
  json: { extension: 'json', render: async (s: Summary) => renderJson(s) },
} as const satisfies Record<string, Exporter>;

/** A `--format` name. */
export type ExportFormat = keyof typeof exporters;

/** The export format names, in help order. */
export const exportFormats = Object.keys(exporters) as ExportFormat[];

/** True when `name` is a known export format. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(exporters, name);
}
