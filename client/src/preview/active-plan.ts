// Follows the active editor: whether it shows a plan (the `plancheck.isPlan` context key that the
// editor-title button needs) and that plan's latest summary model, for the status bar and the preview.
import { commands, EventEmitter, window, type Disposable, type TextEditor, type Uri } from 'vscode';
import type { ModelResult, SummaryModels } from './models.js';

/** The context key that is true while the active editor shows a plan. */
export const IS_PLAN_CONTEXT = 'plancheck.isPlan';

/** The active plan: its URI and latest model (always non-null here). */
export interface ActivePlanState {
  uri: Uri;
  result: ModelResult & { model: NonNullable<ModelResult['model']> };
}

/** Tracks the active editor's plan; `current` is undefined when the active editor is not a plan. */
export class ActivePlan implements Disposable {
  private readonly emitter = new EventEmitter<ActivePlanState | undefined>();
  /** Fires whenever `current` changes or its model is updated. */
  readonly onDidChange = this.emitter.event;
  /** The active plan, if any. */
  current: ActivePlanState | undefined;
  private watching: Disposable | undefined;
  private readonly subscription: Disposable;

  constructor(private readonly models: SummaryModels) {
    this.subscription = window.onDidChangeActiveTextEditor((editor) => this.follow(editor));
    this.follow(window.activeTextEditor);
  }

  dispose(): void {
    this.watching?.dispose();
    this.subscription.dispose();
    this.emitter.dispose();
  }

  private follow(editor: TextEditor | undefined): void {
    const uri = editor?.document.uri;
    if (uri && this.current && uri.toString() === this.current.uri.toString()) return;
    this.watching?.dispose();
    this.watching = undefined;
    this.set(undefined);
    if (!editor || !uri || editor.document.languageId !== 'markdown') return;
    this.watching = this.models.watch(uri, (result) => {
      const model = result.model;
      this.set(model ? { uri, result: { ...result, model } } : undefined);
    });
  }

  private set(state: ActivePlanState | undefined): void {
    const was = this.current !== undefined;
    this.current = state;
    if (was !== (state !== undefined)) {
      void commands.executeCommand('setContext', IS_PLAN_CONTEXT, state !== undefined);
    }
    this.emitter.fire(state);
  }
}
