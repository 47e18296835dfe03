// Go to Definition: from a summary-table row or a `โครงการที่ N` mention to the project section of that
// number. A table row's number decides (it is what the checks and renumbering go by); when the row's name
// reads like a different project, that project is offered second, so a mismatched row opens a peek of both.
// From a row's year or total cell, the target is that project's budget section.
import type {
  Connection,
  Location,
  ServerCapabilities,
  TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine.js';
import type { Position, Project } from '../model/types.js';
import { BUDGET_SECTION } from '../model/required-sections.js';
import { openPlan, type FeatureContext } from './context.js';
import { projectsNumbered, targetAt } from './nav-index.js';

/** Answers `textDocument/definition` for table rows and mentions in plan documents. */
export function registerDefinitionSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ctx: FeatureContext,
): ServerCapabilities {
  connection.onDefinition(async ({ textDocument, position }) => {
    const open = await openPlan(connection, documents, ctx, textDocument.uri);
    if (!open) return null;
    const found = definitionsAt(open.analysis, position);
    return found.length ? found.map((range) => ({ uri: textDocument.uri, range })) : null;
  });
  return { definitionProvider: true };
}

/** The ranges a position's definition leads to (empty when it is not on a row or a mention). */
export function definitionsAt(analysis: Analysis, position: Position): Location['range'][] {
  const target = targetAt(analysis, position);
  if (target?.kind === 'mention') {
    return projectsNumbered(analysis, target.mention.number).map((p) => p.heading.range);
  }
  if (target?.kind !== 'row') return [];
  const projects = [...projectsNumbered(analysis, target.row.number)];
  const byName = target.match?.project;
  if (byName && !projects.includes(byName)) projects.push(byName);
  const index = target.cell?.index;
  const columns = analysis.plan.table?.columns;
  const onAmount =
    index !== undefined &&
    !!columns &&
    (columns.total === index || columns.years.some((y) => y.index === index));
  return projects.map((p) => (onAmount ? budgetHeading(p) : p.heading.range));
}

/** The budget section's heading, or the project heading when it has none. */
function budgetHeading(p: Project): Location['range'] {
  const section = p.sections.find(
    (s) => s.canonical === BUDGET_SECTION || /^งบประมาณ/.test(s.normTitle),
  );
  return (section ?? p).heading.range;
}
