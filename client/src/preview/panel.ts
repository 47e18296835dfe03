// The summary preview panel: one webview beside the editor, bound to one plan document, re-rendered
// from each new model; its only power over the editor is revealing a line of that document.
import { randomBytes } from 'node:crypto';
import {
  Range,
  Selection,
  TextEditorRevealType,
  Uri,
  ViewColumn,
  window,
  workspace,
  type Disposable,
  type WebviewPanel,
} from 'vscode';
import { renderHtml } from './html.js';
import { parseWebviewMessage, type UpdateMessage } from './messages.js';
import type { ModelResult, SummaryModels } from './models.js';
import { t, type UiLocale } from './strings.js';
import { buildView, fileLabel, revealableLines } from './view.js';

/** The webview panel type (also what a serializer would register). */
export const PREVIEW_VIEW_TYPE = 'plancheck.preview';

/** What the panel needs from the extension. */
export interface PreviewDeps {
  extensionUri: Uri;
  models: SummaryModels;
  locale: UiLocale;
}

/** The preview panel; at most one exists, and it follows the active plan. */
export class PreviewPanel {
  /** The open panel, if any. */
  static current: PreviewPanel | undefined;

  private uri: Uri;
  private result: ModelResult | undefined;
  /** The lines the current view's rows stand for: the only lines a reveal may ask for. */
  private lines = new Set<number>();
  private watching: Disposable | undefined;
  private readonly disposables: Disposable[] = [];

  /** Shows the preview of `uri` beside the active editor, creating the panel or re-binding it. */
  static show(deps: PreviewDeps, uri: Uri): PreviewPanel {
    const existing = PreviewPanel.current;
    if (existing) {
      existing.bind(uri);
      existing.reveal();
      return existing;
    }
    const media = Uri.joinPath(deps.extensionUri, 'media');
    const panel = window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      t(deps.locale, 'panelTitle', { file: fileLabel(uri.path) }),
      { viewColumn: ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableForms: false, localResourceRoots: [media] },
    );
    PreviewPanel.current = new PreviewPanel(panel, deps, uri);
    return PreviewPanel.current;
  }

  private constructor(
    private readonly panel: WebviewPanel,
    private readonly deps: PreviewDeps,
    uri: Uri,
  ) {
    this.uri = uri;
    const webview = panel.webview;
    const media = Uri.joinPath(deps.extensionUri, 'media');
    const latest = deps.models.latest(uri);
    webview.html = renderHtml(latest?.model ?? null, {
      nonce: randomBytes(18).toString('base64'),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(Uri.joinPath(media, 'preview.css')).toString(),
      locale: deps.locale,
      status: latest
        ? { ...(latest.failure ? { failure: latest.failure } : {}) }
        : { loading: true },
    });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
    );
    this.bind(uri, true);
  }

  /** Binds the panel to another document (or re-watches the same one). */
  bind(uri: Uri, force = false): void {
    if (!force && uri.toString() === this.uri.toString()) return;
    this.watching?.dispose();
    this.uri = uri;
    this.result = undefined;
    // Until the new document's view arrives, rows of the old one must not reveal lines in the new one.
    this.lines = new Set();
    this.panel.title = t(this.deps.locale, 'panelTitle', { file: fileLabel(uri.path) });
    this.watching = this.deps.models.watch(uri, (result) => {
      this.result = result;
      this.post();
    });
  }

  /** Brings the panel to the front without taking focus from the editor. */
  reveal(): void {
    this.panel.reveal(this.panel.viewColumn ?? ViewColumn.Beside, true);
  }

  private post(): void {
    const r = this.result;
    const status = r ? (r.failure !== undefined ? { failure: r.failure } : {}) : { loading: true };
    const view = buildView(r?.model ?? null, this.deps.locale, status);
    this.lines = revealableLines(view);
    const message: UpdateMessage = { type: 'update', view };
    void this.panel.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const message = parseWebviewMessage(raw);
    if (message?.type === 'ready') this.post();
    else if (message?.type === 'reveal' && this.lines.has(message.line))
      void this.revealLine(message.line);
  }

  /** Shows the bound document (in the editor that shows it, if any) with the cursor on `line`. */
  private async revealLine(line: number): Promise<void> {
    const uri = this.uri.toString();
    const visible = window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    const document = visible?.document ?? (await workspace.openTextDocument(this.uri));
    if (line >= document.lineCount) return;
    const editor = await window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? ViewColumn.One,
      preserveFocus: false,
    });
    const start = document.lineAt(line).range.start;
    editor.selection = new Selection(start, start);
    editor.revealRange(new Range(start, start), TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private dispose(): void {
    if (PreviewPanel.current === this) PreviewPanel.current = undefined;
    this.watching?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
