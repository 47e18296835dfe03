// Workspace symbols (Go to Symbol in Workspace, `#` in the quick open): the projects of every open plan
// document, and of the `*.plan.md` files in the workspace folders that are not open.
import { fileURLToPath } from 'node:url';
import {
  SymbolKind,
  type Connection,
  type ServerCapabilities,
  type SymbolInformation,
  type TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileNameOf } from '../documents.js';
import { normalizeThai } from '../parse/thai.js';
import { openPlan, type FeatureContext } from './context.js';
import { projectLabel } from './format.js';
import { WorkspacePlans, type FileProject } from './workspace-plans.js';

/** Answers `workspace/symbol` with projects whose `N. name` matches the query. */
export function registerWorkspaceSymbolSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ctx: FeatureContext,
): ServerCapabilities {
  const plans = new WorkspacePlans();
  connection.onWorkspaceSymbol(async ({ query }, token) => {
    const matches = queryMatcher(query);
    const symbols: SymbolInformation[] = [];
    const openPaths = new Set<string>();
    for (const document of documents.all()) {
      openPaths.add(fileNameOf(document.uri));
      const open = await openPlan(connection, documents, ctx, document.uri);
      if (!open) continue;
      const { plan } = open.analysis;
      for (const p of plan.projects) {
        const dimension = plan.dimensions[p.dimensionIndex]?.heading.text ?? '';
        const project = { number: p.number, name: p.name, range: p.heading.range, dimension };
        if (matches(project)) symbols.push(toSymbol(project, document.uri));
      }
    }
    const roots = await workspaceRoots(connection);
    for (const file of await plans.files(roots, () => token.isCancellationRequested)) {
      if (openPaths.has(file.path)) continue;
      for (const p of file.projects) if (matches(p)) symbols.push(toSymbol(p, file.uri));
    }
    return symbols;
  });
  return { workspaceSymbolProvider: true };
}

function toSymbol(p: FileProject, uri: string): SymbolInformation {
  return {
    name: projectLabel(p),
    kind: SymbolKind.Class,
    location: { uri, range: p.range },
    containerName: p.dimension,
  };
}

/** Folder paths of the workspace; none when the client has no folders or cannot tell. */
async function workspaceRoots(connection: Connection): Promise<string[]> {
  try {
    const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
    return folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
  } catch {
    return [];
  }
}

/** Matches `N. name` when it contains every word of the query (after normalisation, any case). */
export function queryMatcher(query: string): (p: FileProject) => boolean {
  const words = normalizeThai(query).toLowerCase().split(' ').filter(Boolean);
  return (p) => {
    const label = normalizeThai(projectLabel(p)).toLowerCase();
    return words.every((w) => label.includes(w));
  };
}
