// Code actions: quick fixes of each diagnostic, from the findings of the version analysed (no check is re-run), "Renumber all
// projects", "Regenerate the summary table from the project details", and "Fix all plancheck problems".
import {
  CodeActionKind,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionOptions,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type TextDocuments,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit } from '../checks/types.js';
import { checks } from '../checks/index.js';
import type { Analysis } from '../engine.js';
import { formatMessage, type Locale } from '../i18n/index.js';
import type { Range } from '../model/types.js';
import type { ConfigSupport } from '../config.js';
import type { AnalysisCache } from '../documents.js';
import { compare, fixLookup } from './fixes/data.js';
import { fixAllEdits, NUMBERING_CHECKS } from './fixes/fix-all.js';
import { regenerateTableEdit } from './fixes/regenerate.js';
import { renumberEdits } from './fixes/renumber.js';
import { SOURCE } from './diagnostics.js';
import { withSettings, type LocaleOf } from './context.js';

/** The kind of "Fix all plancheck problems" (usable in `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.plancheck`;

/** The server capability to advertise. */
export const codeActionOptions: CodeActionOptions = {
  codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.RefactorRewrite],
  resolveProvider: false,
};

/** Checks about the summary table: their diagnostics also offer to regenerate it. */
const TABLE_CHECKS: ReadonlySet<string> = new Set(
  checks.filter((c) => c.meta.tags.includes('table')).map((c) => c.meta.id),
);

/** What code actions need besides the connection and the documents. */
export interface CodeActionContext {
  config: ConfigSupport;
  cache: AnalysisCache;
  locale: LocaleOf;
  capabilities: ClientCapabilities;
}

/** Answers `textDocument/codeAction` for plan documents; errors give no action, never a crash. */
export function registerCodeActionSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  { config, cache, locale, capabilities }: CodeActionContext,
): void {
  const versioned = !!capabilities.workspace?.workspaceEdit?.documentChanges;
  connection.onCodeAction(async (params) => {
    const open = await withSettings(documents, config, params.textDocument.uri);
    if (!open) return [];
    const { document, settings } = open;
    try {
      const analysis = cache.get(document, settings);
      return analysis ? codeActions(params, document, analysis, locale(analysis), versioned) : [];
    } catch (error) {
      connection.console.error(`plancheck: code actions for ${document.uri}: ${String(error)}`);
      return [];
    }
  });
}

/** The code actions for a request on one analysed document version. */
export function codeActions(
  params: CodeActionParams,
  document: TextDocument,
  analysis: Analysis,
  locale: Locale,
  versioned: boolean,
): CodeAction[] {
  const only = params.context.only;
  const wanted = (kind: string): boolean =>
    !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const edit = (edits: Edit[]): WorkspaceEdit => workspaceEdit(document, edits, versioned);
  const title = (key: Parameters<typeof formatMessage>[0]): string =>
    formatMessage(key, undefined, locale);
  const lines = analysis.plan.lines; // the analysis is of this document version
  const actions: CodeAction[] = [];
  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
  const fixesOf = fixLookup(analysis.findings, lines, (f) =>
    formatMessage(f.message.key, f.message.args, locale),
  );

  if (wanted(CodeActionKind.QuickFix)) {
    let renumber: Edit[] | undefined;
    for (const diagnostic of ours) {
      const fixes = fixesOf(diagnostic);
      let preferred = true;
      if (NUMBERING_CHECKS.has(String(diagnostic.code)) && fixes.length) {
        renumber ??= renumberEdits(analysis.plan, analysis.index);
        if (renumber.length) {
          actions.push(quickFix(title('codeAction.renumber'), diagnostic, edit(renumber), true));
          preferred = false;
        }
      }
      fixes.forEach((fix, i) => {
        const text = formatMessage(fix.title.key, fix.title.args, locale);
        actions.push(quickFix(text, diagnostic, edit(fix.edits), preferred && i === 0));
      });
    }
  }

  if (wanted(CodeActionKind.RefactorRewrite) && analysis.plan.table) {
    const related = ours.filter((d) => TABLE_CHECKS.has(String(d.code)));
    if (related.length || intersects(params.range, analysis.plan.table.range)) {
      const regenerated = regenerateTableEdit(analysis.plan, analysis.index);
      if (regenerated) {
        actions.push({
          title: title('codeAction.regenerate-table'),
          kind: CodeActionKind.RefactorRewrite,
          ...(related.length ? { diagnostics: related } : {}),
          edit: edit([regenerated]),
        });
      }
    }
  }

  if (wanted(FIX_ALL_KIND)) {
    const all = fixAllEdits(analysis);
    if (all.length) {
      actions.push({ title: title('codeAction.fix-all'), kind: FIX_ALL_KIND, edit: edit(all) });
    }
  }
  return actions;
}

function quickFix(
  title: string,
  diagnostic: Diagnostic,
  edit: WorkspaceEdit,
  isPreferred: boolean,
): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit };
}

/** A workspace edit on one document: versioned `documentChanges` when the client supports them. */
function workspaceEdit(document: TextDocument, edits: Edit[], versioned: boolean): WorkspaceEdit {
  const textEdits = [...edits]
    .sort((a, b) => compare(a.range.start, b.range.start))
    .map((e) => ({ range: e.range, newText: e.newText }));
  return versioned
    ? {
        documentChanges: [
          { textDocument: { uri: document.uri, version: document.version }, edits: textEdits },
        ],
      }
    : { changes: { [document.uri]: textEdits } };
}

/** True when two ranges share a position (touching counts, so a cursor on the table's edge is in it). */
function intersects(a: Range, b: Range): boolean {
  return compare(a.start, b.end) <= 0 && compare(b.start, a.end) <= 0;
}
