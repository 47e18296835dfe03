// The summary preview's webview script: rebuilds the header and the table from each posted view
// (plain text parts, set with textContent: plan text is never parsed as HTML), and asks the extension
// to reveal a row's line when the row is clicked or Enter is pressed on it. Keeps no state of its own.
/* global window, document, acquireVsCodeApi */
// @ts-check
(function () {
  const vscode = acquireVsCodeApi();

  /** @param {string} id */
  function byId(id) {
    const el = document.getElementById(id);
    if (!el) throw new Error(`preview.js: #${id} is missing`);
    return el;
  }

  /**
   * @param {string} tag
   * @param {string | undefined} className
   * @param {string} [text]
   */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** @param {{ tag: string, scope?: string, colSpan?: number, rowSpan?: number, className?: string, title?: string, parts: { text: string, className?: string }[] }} cell */
  function renderCell(cell) {
    const node = /** @type {HTMLTableCellElement} */ (el(cell.tag === 'th' ? 'th' : 'td'));
    if (cell.scope) node.scope = cell.scope;
    if (cell.colSpan) node.colSpan = cell.colSpan;
    if (cell.rowSpan) node.rowSpan = cell.rowSpan;
    if (cell.className) node.className = cell.className;
    if (cell.title) node.title = cell.title;
    for (const part of cell.parts) {
      node.append(part.className ? el('span', part.className, part.text) : String(part.text));
    }
    return node;
  }

  /** @param {{ className: string, line?: number, title?: string, cells: any[] }} row */
  function renderRow(row) {
    const tr = el('tr', row.className);
    if (typeof row.line === 'number') {
      tr.dataset.line = String(row.line);
      tr.tabIndex = 0;
      if (row.title) tr.title = row.title;
    }
    for (const cell of row.cells) tr.append(renderCell(cell));
    return tr;
  }

  /** @param {any} view */
  function render(view) {
    document.documentElement.lang = view.lang;
    document.title = view.title;
    byId('plan-title').textContent = view.title;
    byId('plan-subtitle').textContent = view.subtitle;
    const health = byId('plan-health');
    health.className = view.health.className;
    byId('plan-health-heading').textContent = view.health.heading;
    byId('plan-health-summary').textContent = view.health.summary;
    byId('plan-health-checks').replaceChildren(
      ...view.health.items.map((/** @type {any} */ item) => {
        const li = el('li', item.className);
        li.append(el('code', undefined, item.id), ` ${item.text}`);
        return li;
      }),
    );
    byId('notices').replaceChildren(
      ...view.notices.map((/** @type {string} */ n) => el('p', 'notice', n)),
    );
    byId('hint').textContent = view.hint;

    const table = /** @type {HTMLTableElement} */ (byId('summary'));
    for (const body of Array.from(table.tBodies)) body.remove();
    const t = view.table;
    table.hidden = !t;
    /** @type {HTMLElement} */ (table.caption).textContent = t ? t.caption : '';
    /** @type {HTMLElement} */ (table.tHead).replaceChildren(...(t ? t.head.map(renderRow) : []));
    const foot = /** @type {HTMLElement} */ (table.tFoot);
    for (const rows of t ? t.bodies : []) {
      const body = el('tbody', undefined);
      body.append(...rows.map(renderRow));
      table.insertBefore(body, foot);
    }
    foot.replaceChildren(...(t ? t.foot.map(renderRow) : []));
  }

  /** @param {EventTarget | null} target */
  function reveal(target) {
    const tr = target instanceof window.Element ? target.closest('tr[data-line]') : null;
    if (!(tr instanceof window.HTMLElement)) return;
    const line = Number(tr.dataset.line);
    if (Number.isInteger(line) && line >= 0) vscode.postMessage({ type: 'reveal', line });
  }

  const table = byId('summary');
  table.addEventListener('click', (event) => reveal(event.target));
  table.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    reveal(event.target);
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'update' && message.view && typeof message.view === 'object') {
      render(message.view);
    }
  });

  // Asks for the current view: the HTML may be older than the document (e.g. after being hidden).
  vscode.postMessage({ type: 'ready' });
})();
