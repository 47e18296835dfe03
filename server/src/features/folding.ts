// Folding ranges for a plan's structure: each dimension, mission, project and project section, and the
// summary table. A block folds up to its last line with text, so the blank line before the next heading stays.
import type {
  Connection,
  FoldingRange,
  ServerCapabilities,
  TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine.js';
import type { Heading } from '../model/types.js';
import { openPlan, type FeatureContext } from './context.js';
import { lastContentLine, navIndexOf } from './nav-index.js';

/** Answers `textDocument/foldingRange` for plan documents. */
export function registerFoldingSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ctx: FeatureContext,
): ServerCapabilities {
  connection.onFoldingRanges(async ({ textDocument }) => {
    const open = await openPlan(connection, documents, ctx, textDocument.uri);
    return open ? planFoldingRanges(open.analysis) : null;
  });
  return { foldingRangeProvider: true };
}

/** The folding ranges of a plan, in document order. */
export function planFoldingRanges(analysis: Analysis): FoldingRange[] {
  const { plan } = analysis;
  const nav = navIndexOf(analysis);
  const headings: Heading[] = [];
  for (const d of plan.dimensions) {
    headings.push(d.heading, ...d.missions.map((m) => m.heading));
  }
  for (const p of plan.projects) headings.push(p.heading, ...p.sections.map((s) => s.heading));
  const ranges: FoldingRange[] = [];
  for (const h of headings) {
    const end = lastContentLine(plan, h.line, nav.blockEnd.get(h.line) ?? h.line + 1);
    if (end > h.line) ranges.push({ startLine: h.line, endLine: end });
  }
  for (const part of plan.table?.parts ?? []) {
    if (part.range.end.line > part.range.start.line)
      ranges.push({ startLine: part.range.start.line, endLine: part.range.end.line });
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
