// Registers the plan commands (export, new plan, insert project, publish and import Word); an unexpected failure becomes an
// error message, never a silent rejection.
import { commands, l10n, window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { EXPORT_TABLE_COMMAND, exportTable } from './export-table.js';
import { INSERT_PROJECT_COMMAND, insertProject } from './insert-project.js';
import { NEW_PLAN_COMMAND, newPlan } from './new-plan.js';
import { IMPORT_WORD_COMMAND, importWord, PUBLISH_PLAN_COMMAND, publishPlan } from './word.js';

/** Registers the commands for the lifetime of the extension. */
export function registerPlanCommands(context: ExtensionContext, client: LanguageClient): void {
  const guarded = (run: (client: LanguageClient) => Promise<void>) => async (): Promise<void> => {
    try {
      await run(client);
    } catch (e) {
      void window.showErrorMessage(
        l10n.t('Plancheck: {0}', e instanceof Error ? e.message : String(e)),
      );
    }
  };
  context.subscriptions.push(
    commands.registerCommand(EXPORT_TABLE_COMMAND, guarded(exportTable)),
    commands.registerCommand(NEW_PLAN_COMMAND, guarded(newPlan)),
    commands.registerCommand(INSERT_PROJECT_COMMAND, guarded(insertProject)),
    commands.registerCommand(PUBLISH_PLAN_COMMAND, guarded(publishPlan)),
    commands.registerCommand(IMPORT_WORD_COMMAND, guarded(importWord)),
  );
}
