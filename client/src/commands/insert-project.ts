// "Plancheck: Insert Project": asks the language server for the edit that adds a project (every
// required section, next number, its table row) to the cursor's dimension, applies it, selects the name.
import { l10n, Selection, TextEditorRevealType, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { insertProjectRequest } from '../../../server/src/protocol.js';

/** The command id. */
export const INSERT_PROJECT_COMMAND = 'plancheck.insertProject';

/** Runs the command on the active editor. */
export async function insertProject(client: LanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void window.showWarningMessage(l10n.t('Open a plan file first, then insert a project.'));
    return;
  }
  const result = await client.sendRequest(insertProjectRequest, {
    textDocument: { uri: editor.document.uri.toString() },
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
  });
  if (!result.ok) {
    const message =
      result.reason === 'no-dimension'
        ? l10n.t(
            'Place the cursor inside a dimension (มิติ) of the project details, or on one of its rows in the summary table, then run "Insert Project" again.',
          )
        : result.reason === 'not-plan'
          ? l10n.t(
              'This file is not a plan: its name does not match "plancheck.planFiles" (by default *.plan.md) and its front matter has no "type: plan".',
            )
          : l10n.t('The plan is no longer open in the editor.');
    void window.showWarningMessage(message);
    return;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  if (!(await workspace.applyEdit(edit))) {
    void window.showWarningMessage(
      l10n.t('The plan changed while the project was being prepared. Run "Insert Project" again.'),
    );
    return;
  }
  const range = client.protocol2CodeConverter.asRange(result.selection);
  editor.selection = new Selection(range.start, range.end);
  editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
}
