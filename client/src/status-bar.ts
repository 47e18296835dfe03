// The status bar item on plan files: the problem count and the grand total computed from the project
// details; a click opens the summary preview. Hidden whenever the active editor is not a plan.
import { StatusBarAlignment, window, type ExtensionContext } from 'vscode';
import type { ActivePlan, ActivePlanState } from './preview/active-plan.js';
import { OPEN_PREVIEW_COMMAND } from './preview/index.js';
import { displayBaht, t, type UiLocale } from './preview/strings.js';

/** The status bar item's id (users can hide it by this id). */
export const STATUS_BAR_ID = 'plancheck.summary';

/** Creates the item and keeps it in step with the active plan. */
export function registerStatusBar(
  context: ExtensionContext,
  activePlan: ActivePlan,
  locale: UiLocale,
): void {
  const item = window.createStatusBarItem(STATUS_BAR_ID, StatusBarAlignment.Right, 100);
  item.name = t(locale, 'statusName');
  item.command = OPEN_PREVIEW_COMMAND;
  const update = (plan: ActivePlanState | undefined): void => {
    if (!plan) {
      item.hide();
      return;
    }
    const { text, tooltip } = statusText(plan, locale);
    item.text = text;
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: tooltip };
    item.show();
  };
  update(activePlan.current);
  context.subscriptions.push(item, activePlan.onDidChange(update));
}

/** The item's text and tooltip for a plan. */
export function statusText(plan: ActivePlanState, locale: UiLocale) {
  const { health, grandTotal } = plan.result.model;
  const problems = health.errors + health.warnings + health.hints;
  const icon = health.errors > 0 ? '$(error)' : problems > 0 ? '$(warning)' : '$(check)';
  // Null only for a development plan whose ผ.02 has a blank or unreadable budget cell.
  const amount = grandTotal.total.amount;
  const total = amount === null ? '?' : displayBaht(amount);
  return {
    text: t(locale, 'statusText', { icon, problems, total }),
    tooltip: t(locale, 'statusTooltip', {
      errors: health.errors,
      warnings: health.warnings,
      hints: health.hints,
      total,
    }),
  };
}
