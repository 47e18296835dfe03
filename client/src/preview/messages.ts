// Messages between the preview webview and the extension. The webview is untrusted: what it sends is
// parsed strictly here, and the only request it can make is to reveal a line of the bound plan.
import type { PreviewView } from './view.js';

/** Webview → extension: the script has loaded and wants the current view, or a row was clicked. */
export type WebviewMessage = { type: 'ready' } | { type: 'reveal'; line: number };

/** Extension → webview: the view to show. */
export interface UpdateMessage {
  type: 'update';
  view: PreviewView;
}

/** The largest line number accepted (an editor's lines fit well within it). */
const MAX_LINE = 10_000_000;

/** Reads a webview message; anything but exactly `{type:'ready'}` or `{type:'reveal', line}` is undefined. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  if (Object.getPrototypeOf(raw) !== Object.prototype) return undefined;
  const keys = Object.keys(raw).sort().join(',');
  const message = raw as Record<string, unknown>;
  if (keys === 'type' && message.type === 'ready') return { type: 'ready' };
  if (keys === 'line,type' && message.type === 'reveal') {
    const line = message.line;
    if (typeof line === 'number' && Number.isInteger(line) && line >= 0 && line <= MAX_LINE) {
      return { type: 'reveal', line };
    }
  }
  return undefined;
}
