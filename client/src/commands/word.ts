// "Publish Plan as Word Document…" and "Import Word Plan…": the Word round trip from the command
// palette. Publishing asks before going ahead with errors; an imported plan opens as a new, unsaved
// document, so no file is written without the user saving it.
import * as path from 'node:path';
import { l10n, Uri, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { importWordRequest, publishPlanRequest } from '../../../server/src/protocol.js';
import { exists, writeChosenFile, writeFailureReason } from './save-file.js';

/** The command ids. */
export const PUBLISH_PLAN_COMMAND = 'plancheck.publishPlan';
export const IMPORT_WORD_COMMAND = 'plancheck.importWord';

/** Publishes the active plan as a .docx the user chooses where to save. */
export async function publishPlan(client: LanguageClient): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document) {
    void window.showInformationMessage(l10n.t('Open a plan to publish it.'));
    return;
  }
  const textDocument = { uri: document.uri.toString() };
  let result = await client.sendRequest(publishPlanRequest, { textDocument, force: false });
  if (!result.ok && result.reason === 'has-errors') {
    const anyway = l10n.t('Publish anyway');
    const choice = await window.showWarningMessage(
      l10n.t(
        'The plan still has {0} errors (the first, line {1}: {2}). Publish it as it is?',
        result.errors,
        result.line,
        result.first,
      ),
      { modal: true },
      anyway,
    );
    if (choice !== anyway) return;
    result = await client.sendRequest(publishPlanRequest, { textDocument, force: true });
  }
  if (!result.ok) {
    void window.showErrorMessage(
      result.reason === 'not-plan'
        ? l10n.t('This file is not a plan, so it cannot be published.')
        : l10n.t('The plan is no longer open in the editor.'),
    );
    return;
  }
  const base = path.basename(document.uri.fsPath).replace(/(\.plan)?\.md$/i, '');
  const target = await window.showSaveDialog({
    defaultUri:
      document.uri.scheme === 'file'
        ? Uri.file(path.join(path.dirname(document.uri.fsPath), `${base}.docx`))
        : undefined,
    filters: { [l10n.t('Word document')]: ['docx'] },
    title: l10n.t('Publish Plan as Word Document'),
    saveLabel: l10n.t('Publish'),
  });
  if (!target) return;
  const confirmed = await exists(target);
  const shown = target.scheme === 'file' ? target.fsPath : target.toString();
  try {
    await writeChosenFile(target, Buffer.from(result.data, 'base64'), confirmed);
  } catch (e) {
    void window.showErrorMessage(
      l10n.t(
        'Could not publish the plan to {0}: {1}. No existing file was changed.',
        shown,
        writeFailureReason(e),
      ),
    );
    return;
  }
  void window.showInformationMessage(l10n.t('Published the plan to {0}.', shown));
}

/** Reads a .docx the user picks and opens it, in the plan format, as a new unsaved document. */
export async function importWord(client: LanguageClient): Promise<void> {
  const picked = await window.showOpenDialog({
    canSelectMany: false,
    filters: { [l10n.t('Word document')]: ['docx'] },
    title: l10n.t('Import Word Plan'),
    openLabel: l10n.t('Import'),
  });
  const file = picked?.[0];
  if (!file) return;
  const bytes = await workspace.fs.readFile(file);
  const result = await client.sendRequest(importWordRequest, {
    data: Buffer.from(bytes).toString('base64'),
  });
  if (!result.ok) {
    void window.showErrorMessage(
      l10n.t(
        'Could not read {0} as a Word document: {1}',
        path.basename(file.path),
        result.message,
      ),
    );
    return;
  }
  const document = await workspace.openTextDocument({
    language: 'markdown',
    content: result.markdown,
  });
  await window.showTextDocument(document);
  const missing = result.missing.length
    ? l10n.t(
        ' Not found on the cover, to write in the front matter: {0}.',
        result.missing.join(', '),
      )
    : '';
  void window.showInformationMessage(
    l10n.t(
      'Imported {0}: {1} headings made from paragraphs, {2} images not carried over.{3} Save it as a .plan.md file to have it checked.',
      path.basename(file.path),
      result.headings,
      result.images,
      missing,
    ),
  );
}
