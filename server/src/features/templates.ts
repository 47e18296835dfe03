// The `plancheck/newPlan` and `plancheck/insertProject` requests: generated plan text and the
// versioned edit that inserts a project, both from the pure generators in ../templates/.
import { ErrorCodes, ResponseError, TextDocumentEdit } from 'vscode-languageserver/node.js';
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigSupport } from '../config.js';
import type { AnalysisCache } from '../documents.js';
import { insertProject } from '../templates/insert-project.js';
import { newPlanText } from '../templates/new-plan.js';
import { parseYearRange } from '../templates/years.js';
import { insertProjectRequest, newPlanRequest, type InsertProjectResult } from '../protocol.js';
import { withSettings } from './context.js';

/** Answers both requests; bad parameters are request errors, never a crash. */
export function registerTemplateSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  { config, cache }: { config: ConfigSupport; cache: AnalysisCache },
): void {
  connection.onRequest(newPlanRequest, ({ organization, firstYear, lastYear }) => {
    const years = parseYearRange(`${firstYear}-${lastYear}`);
    if (typeof organization !== 'string' || organization.trim() === '' || !years.ok)
      throw new ResponseError(ErrorCodes.InvalidParams, 'organization or years not valid');
    return { text: newPlanText({ organization, firstYear: years.first, lastYear: years.last }) };
  });

  connection.onRequest(
    insertProjectRequest,
    async ({ textDocument, position }): Promise<InsertProjectResult> => {
      const open = await withSettings(documents, config, textDocument.uri);
      if (!open) return { ok: false, reason: 'not-open' };
      const { document, settings } = open;
      const analysis = cache.get(document, settings);
      if (!analysis) return { ok: false, reason: 'not-plan' };
      const { plan } = analysis;
      const required = plan.frontMatter.requiredSections ?? settings.requiredSections;
      const insertion = insertProject(plan, position, required);
      if (!insertion) return { ok: false, reason: 'no-dimension' };
      const versioned = { uri: document.uri, version: document.version };
      return {
        ok: true,
        edit: { documentChanges: [TextDocumentEdit.create(versioned, insertion.edits)] },
        selection: insertion.selection,
        number: insertion.number,
      };
    },
  );
}
