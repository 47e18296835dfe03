// The preview webview's HTML: a pure function of the model and the webview's resources, so it can be
// tested without VS Code. Strict CSP with a nonce, no inline script, style or event handler, and every
// piece of text escaped; media/preview.js later rebuilds the same markup from posted views.
import type { SummaryTableModel } from '../../../server/src/protocol.js';
import type { UiLocale } from './strings.js';
import {
  buildView,
  type PreviewView,
  type ViewCell,
  type ViewRow,
  type ViewStatus,
} from './view.js';

/** What the HTML needs from the webview: its nonce, CSP source, script and stylesheet URIs, locale. */
export interface HtmlOptions {
  /** A fresh random nonce (base64 characters) for this HTML. */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** `asWebviewUri` of media/preview.js. */
  scriptUri: string;
  /** `asWebviewUri` of media/preview.css. */
  styleUri: string;
  locale: UiLocale;
  /** Whether the model is still being computed, or why it could not be. */
  status?: ViewStatus;
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The Content-Security-Policy: nothing by default; styles and images from the extension; scripts by nonce. */
export function contentSecurityPolicy(nonce: string, cspSource: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
  ].join('; ');
}

/** Renders the whole webview document for a model (null: no plan to show). */
export function renderHtml(model: SummaryTableModel | null, options: HtmlOptions): string {
  const { nonce, cspSource, scriptUri, styleUri, locale } = options;
  // A nonce with other characters could break out of the attribute or the policy.
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error('renderHtml: invalid nonce');
  const view = buildView(model, locale, options.status);
  const csp = contentSecurityPolicy(nonce, cspSource);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(view.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(styleUri)}">
<title>${escapeHtml(view.title)}</title>
</head>
<body>
${renderBody(view)}
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(scriptUri)}"></script>
</body>
</html>
`;
}

/** The body's markup for a view; the element ids are the ones media/preview.js fills. */
export function renderBody(view: PreviewView): string {
  const h = view.health;
  const items = h.items
    .map(
      (i) =>
        `<li class="${escapeHtml(i.className)}"><code>${escapeHtml(i.id)}</code> ${escapeHtml(i.text)}</li>`,
    )
    .join('');
  const notices = view.notices.map((n) => `<p class="notice">${escapeHtml(n)}</p>`).join('');
  const table = view.table;
  return `<header id="plan-header">
<h1 id="plan-title">${escapeHtml(view.title)}</h1>
<p id="plan-subtitle">${escapeHtml(view.subtitle)}</p>
<section id="plan-health" class="${escapeHtml(h.className)}" aria-labelledby="plan-health-heading">
<h2 id="plan-health-heading">${escapeHtml(h.heading)}</h2>
<p id="plan-health-summary">${escapeHtml(h.summary)}</p>
<ul id="plan-health-checks">${items}</ul>
</section>
</header>
<main>
<div id="notices" role="status">${notices}</div>
<table id="summary"${table ? '' : ' hidden'}>
<caption>${escapeHtml(table?.caption ?? '')}</caption>
<thead>${(table?.head ?? []).map(renderRow).join('')}</thead>
${(table?.bodies ?? []).map((rows) => `<tbody>${rows.map(renderRow).join('')}</tbody>`).join('\n')}
<tfoot>${(table?.foot ?? []).map(renderRow).join('')}</tfoot>
</table>
<p id="hint">${escapeHtml(view.hint)}</p>
</main>`;
}

function renderRow(row: ViewRow): string {
  const attrs = [`class="${escapeHtml(row.className)}"`];
  if (row.line !== undefined) {
    attrs.push(`data-line="${row.line}"`, 'tabindex="0"');
    if (row.title) attrs.push(`title="${escapeHtml(row.title)}"`);
  }
  return `<tr ${attrs.join(' ')}>${row.cells.map(renderCell).join('')}</tr>\n`;
}

function renderCell(cell: ViewCell): string {
  const attrs: string[] = [];
  if (cell.scope) attrs.push(`scope="${cell.scope}"`);
  if (cell.colSpan) attrs.push(`colspan="${cell.colSpan}"`);
  if (cell.rowSpan) attrs.push(`rowspan="${cell.rowSpan}"`);
  if (cell.className) attrs.push(`class="${escapeHtml(cell.className)}"`);
  if (cell.title) attrs.push(`title="${escapeHtml(cell.title)}"`);
  const parts = cell.parts
    .map((p) =>
      p.className
        ? `<span class="${escapeHtml(p.className)}">${escapeHtml(p.text)}</span>`
        : escapeHtml(p.text),
    )
    .join('');
  return `<${cell.tag}${attrs.map((a) => ` ${a}`).join('')}>${parts}</${cell.tag}>`;
}
