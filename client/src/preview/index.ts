// Wires the summary preview into the extension: the shared model source, the active-plan tracker,
// the `plancheck.openPreview` command, following the active plan editor, and opening automatically
// when `plancheck.preview.autoOpen` is on.
import { commands, env, window, workspace, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { ActivePlan } from './active-plan.js';
import { SummaryModels } from './models.js';
import { PreviewPanel, type PreviewDeps } from './panel.js';
import { t, uiLocale, type UiLocale } from './strings.js';

/** The command that opens the preview (also the editor-title button and the status bar's click). */
export const OPEN_PREVIEW_COMMAND = 'plancheck.openPreview';

/** What other UI (the status bar) shares with the preview. */
export interface PreviewSupport {
  activePlan: ActivePlan;
  locale: UiLocale;
}

/** Registers the command and the listeners; everything is disposed with the extension. */
export function registerPreview(context: ExtensionContext, client: LanguageClient): PreviewSupport {
  const locale = uiLocale(env.language);
  const models = new SummaryModels(client);
  const activePlan = new ActivePlan(models);
  const deps: PreviewDeps = { extensionUri: context.extensionUri, models, locale };
  const autoOpened = new Set<string>();
  context.subscriptions.push(
    models,
    activePlan,
    commands.registerCommand(OPEN_PREVIEW_COMMAND, () => {
      const plan = activePlan.current;
      if (plan) PreviewPanel.show(deps, plan.uri);
      else if (PreviewPanel.current) PreviewPanel.current.reveal();
      else void window.showInformationMessage(t(locale, 'notPlanActive'));
    }),
    activePlan.onDidChange((plan) => {
      if (!plan) return;
      if (PreviewPanel.current) {
        PreviewPanel.current.bind(plan.uri);
        return;
      }
      const key = plan.uri.toString();
      // Opened automatically once per document and session: closing the preview is respected.
      if (autoOpened.has(key)) return;
      autoOpened.add(key);
      if (workspace.getConfiguration('plancheck', plan.uri).get<boolean>('preview.autoOpen')) {
        PreviewPanel.show(deps, plan.uri);
      }
    }),
  );
  return { activePlan, locale };
}
