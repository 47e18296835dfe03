// Find All References: from a project heading (or a table row or mention of it) to every place that
// refers to the project: the summary-table rows with its number or its name, and `โครงการที่ N` mentions.
import type {
  Connection,
  Location,
  ServerCapabilities,
  TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine.js';
import type { Position, Range } from '../model/types.js';
import { openPlan, type FeatureContext } from './context.js';
import { projectOf, referencesTo, targetAt } from './nav-index.js';

/** Answers `textDocument/references` for projects in plan documents. */
export function registerReferencesSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ctx: FeatureContext,
): ServerCapabilities {
  connection.onReferences(async ({ textDocument, position, context }) => {
    const open = await openPlan(connection, documents, ctx, textDocument.uri);
    if (!open) return null;
    const ranges = referencesAt(open.analysis, position, context.includeDeclaration);
    return ranges?.map((range): Location => ({ uri: textDocument.uri, range })) ?? null;
  });
  return { referencesProvider: true };
}

/** The ranges referring to the project at a position, in document order; undefined when none is there. */
export function referencesAt(
  analysis: Analysis,
  position: Position,
  includeDeclaration: boolean,
): Range[] | undefined {
  const target = targetAt(analysis, position);
  const project = target && projectOf(analysis, target);
  if (!project) return undefined;
  const { rows, mentions } = referencesTo(analysis, project);
  const ranges: Range[] = [
    ...(includeDeclaration ? [project.heading.textRange] : []),
    ...rows.map((r) => r.projectCell?.range ?? r.range),
    ...mentions.map((m) => m.range),
  ];
  return ranges.sort(
    (a, b) => a.start.line - b.start.line || a.start.character - b.start.character,
  );
}
