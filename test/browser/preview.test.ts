// Headless Chromium test of the summary preview webview: the page renderHtml produces, served from
// 127.0.0.1 with media/preview.js and preview.css, under its own CSP. Hostile plan text must show
// literally and never run; preview.js must rebuild exactly the markup renderHtml wrote; rows must ask
// to reveal their line; and the CSP must itself block inline handlers (a positive control).
// Needs Chromium (default /usr/bin/chromium, or PLANCHECK_CHROMIUM): it fails, never skips, without.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderHtml } from '../../client/src/preview/html.js';
import { buildView } from '../../client/src/preview/view.js';
import { analyze } from '../../server/src/engine.js';
import { buildSummaryTableModel } from '../../server/src/features/preview.js';
import type { SummaryTableModel } from '../../server/src/protocol.js';
import { HOSTILE_TEXTS, IMG_NAME, hostileModel, seedModel } from '../support/preview-fixtures.js';

const CHROMIUM = process.env.PLANCHECK_CHROMIUM ?? '/usr/bin/chromium';
const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY3';
/** Where the screenshot goes (gitignored); docs/images/preview.png is a copy of it. */
const SCREENSHOT = 'test/e2e/out/preview.png';
/** The screenshot of a development plan's ผ.01 preview. */
const DEV_SCREENSHOT = 'test/e2e/out/preview-development.png';

/** A development plan whose written ผ.01 disagrees with its ผ.02 in one แผนงาน cell. */
function developmentModel(): SummaryTableModel {
  const text = readFileSync('test/fixtures/profiles/mini-development.plan.md', 'utf8').replace(
    '| 1.1 แผนงานเคหะและชุมชน | 2 | 700,000 |',
    '| 1.1 แผนงานเคหะและชุมชน | 2 | 750,000 |',
  );
  return buildSummaryTableModel(analyze(text), 'file:///mini-development.plan.md', 1);
}

/** VS Code's Light+ theme variables, served as a stylesheet so the screenshot looks like the editor. */
const THEME_CSS = `:root {
  --vscode-font-family: system-ui, 'Ubuntu', 'Droid Sans', sans-serif;
  --vscode-font-size: 13px;
  --vscode-editor-font-family: 'Droid Sans Mono', monospace;
  --vscode-foreground: #3b3b3b;
  --vscode-editor-background: #ffffff;
  --vscode-descriptionForeground: #717171;
  --vscode-panel-border: #e5e5e5;
  --vscode-errorForeground: #d13438;
  --vscode-editorWarning-foreground: #bf8803;
  --vscode-testing-iconPassed: #388a34;
  --vscode-list-hoverBackground: #f2f2f2;
  --vscode-editorWidget-background: #f8f8f8;
  --vscode-textBlockQuote-background: #f2f2f2;
  --vscode-focusBorder: #005fb8;
}`;

/** Records what the page did: messages to the extension, dialogs, console output, errors, CSP reports. */
const INIT_SCRIPT = `
  window.__posted = [];
  window.__violations = [];
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => undefined,
    setState: () => undefined,
  });
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

/**
 * Serialises the page's structure (tag, sorted attributes, non-blank text) outside the script tag.
 * A string, so the test compiler's helpers never end up in the page.
 */
const STRUCTURE = `(() => {
  const walk = (el) => ({
    tag: el.tagName,
    attrs: [...el.attributes].map((a) => [a.name, a.value]).sort(),
    children: [...el.childNodes]
      .filter((n) => n.nodeType !== 3 || n.textContent.trim() !== '')
      .map((n) => (n.nodeType === 3 ? { text: n.textContent } : walk(n))),
  });
  return {
    lang: document.documentElement.lang,
    title: document.title,
    body: [...document.body.children].filter((e) => e.tagName !== 'SCRIPT').map(walk),
  };
})()`;

/** The page globals that in-page callbacks use (the tests compile without the DOM library). */
interface PageGlobals {
  __posted: { type: string; line?: number }[];
  __violations: string[];
  __pwned?: unknown;
  postMessage(message: unknown, targetOrigin: string): void;
  getComputedStyle(element: unknown): { getPropertyValue(name: string): string };
  document: {
    body: {
      innerText: string;
      insertAdjacentHTML(position: string, html: string): void;
      append(node: unknown): void;
    };
    head: { append(node: unknown): void };
    scripts: { length: number };
    querySelectorAll(selector: string): { length: number };
    createElement(tag: string): { textContent: string | null; rel: string; href: string };
  };
}

interface Observed {
  posted: unknown[];
  violations: string[];
  pwned: unknown;
}

describe('summary preview webview (headless Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = '';
  /** The HTML served at `/`, set by each test. */
  let html = '';
  const requested: string[] = [];
  let dialogs: string[] = [];
  let consoleMessages: string[] = [];
  let pageErrors: string[] = [];

  before(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}: the preview's browser test needs it and never skips.\n` +
          'Install it with: apt-get update && apt-get install -y chromium ' +
          '(or set PLANCHECK_CHROMIUM to a Chromium binary).',
      );
    }
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requested.push(path);
      const files: Record<string, [string, () => string]> = {
        '/': ['text/html', () => html],
        '/media/preview.js': ['text/javascript', () => readFileSync('media/preview.js', 'utf8')],
        '/media/preview.css': ['text/css', () => readFileSync('media/preview.css', 'utf8')],
        '/theme.css': ['text/css', () => THEME_CSS],
      };
      const file = files[path];
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8` }).end(file[1]());
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  beforeEach(() => {
    requested.length = 0;
    dialogs = [];
    consoleMessages = [];
    pageErrors = [];
  });

  /** Opens a page showing `renderHtml(model)`, waits for preview.js to say it is ready. */
  async function open(model: SummaryTableModel | null, locale: 'en' | 'th' = 'en'): Promise<Page> {
    html = renderHtml(model, {
      nonce: NONCE,
      cspSource: origin,
      scriptUri: `${origin}/media/preview.js`,
      styleUri: `${origin}/media/preview.css`,
      locale,
    });
    const page = await browser!.newPage({ viewport: { width: 1100, height: 800 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addInitScript(INIT_SCRIPT);
    await page.goto(`${origin}/`);
    // The nonce'd external script ran under the CSP: it announced itself.
    await page.waitForFunction(() =>
      (globalThis as unknown as PageGlobals).__posted.some((m) => m.type === 'ready'),
    );
    return page;
  }

  const observe = (page: Page): Promise<Observed> =>
    page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      return { posted: w.__posted, violations: w.__violations, pwned: w.__pwned };
    });

  /** The page's structure: every element's tag, attributes and non-blank text, in order. */
  const structure = (page: Page) => page.evaluate(STRUCTURE);

  /** Asserts that nothing ran: no flag, no dialog, no page error, no CSP report, no unexpected request. */
  async function assertNothingRan(page: Page): Promise<void> {
    const seen = await observe(page);
    assert.equal(seen.pwned, undefined, 'window.__pwned stays undefined');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.deepEqual(pageErrors, [], 'no page error');
    assert.deepEqual(seen.violations, [], 'nothing even tried to break the CSP');
    assert.deepEqual(consoleMessages, [], 'nothing logged');
    const counts = await page.evaluate(() => {
      const { document } = globalThis as unknown as PageGlobals;
      return {
        scripts: document.scripts.length,
        active: document.querySelectorAll('img, svg, iframe, object, embed, b, a, form').length,
      };
    });
    assert.deepEqual(counts, { scripts: 1, active: 0 });
    assert.deepEqual([...new Set(requested)].filter((p) => p !== '/favicon.ico').sort(), [
      '/',
      '/media/preview.css',
      '/media/preview.js',
    ]);
  }

  it('shows the hostile model of renderHtml literally, and nothing runs', async () => {
    const page = await open(hostileModel());
    const project = await page.locator('tr.project th').first().textContent();
    assert.equal(project, `1. ${IMG_NAME}`);
    const text = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).document.body.innerText,
    );
    for (const hostile of HOSTILE_TEXTS) assert.ok(text.includes(hostile), `shows ${hostile}`);
    assert.ok(text.includes('written: javascript:alert(document.domain)'));
    await assertNothingRan(page);
    await page.close();
  });

  it('rebuilds from a posted view exactly the markup renderHtml writes, and nothing runs', async () => {
    const direct = await open(hostileModel(), 'th');
    const expected = await structure(direct);
    await direct.close();

    const page = await open(null, 'th');
    assert.equal(await page.locator('#summary').isHidden(), true);
    const view = buildView(hostileModel(), 'th');
    await page.evaluate(
      (v) => (globalThis as unknown as PageGlobals).postMessage({ type: 'update', view: v }, '*'),
      view,
    );
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).document.querySelectorAll('tr.project').length === 2,
    );
    assert.deepEqual(await structure(page), expected);
    const text = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).document.body.innerText,
    );
    for (const hostile of HOSTILE_TEXTS) assert.ok(text.includes(hostile), `shows ${hostile}`);
    await assertNothingRan(page);

    // A later view replaces everything: no row, notice or health item of the old one is kept.
    await page.evaluate(
      (v) => (globalThis as unknown as PageGlobals).postMessage({ type: 'update', view: v }, '*'),
      buildView(null, 'th'),
    );
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).document.querySelectorAll('tr').length === 0,
    );
    assert.equal(await page.locator('#plan-health-checks li').count(), 0);
    await page.close();
  });

  it('asks the extension to reveal a row’s line on click and on Enter, and only for rows', async () => {
    const page = await open(hostileModel());
    await page.locator('tr.project td.total').first().click();
    await page.locator('tr.subtotal').focus();
    await page.keyboard.press('Enter');
    await page.locator('thead th').first().click();
    await page.locator('#plan-title').click();
    const { posted } = await observe(page);
    assert.deepEqual(posted, [
      { type: 'ready' },
      { type: 'reveal', line: 24 },
      { type: 'reveal', line: 12 },
    ]);
    await page.close();
  });

  it('has a CSP that blocks inline handlers and inline scripts (control)', async () => {
    const page = await open(null);
    await page.evaluate(() => {
      const { document } = globalThis as unknown as PageGlobals;
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src="/missing.png" onerror="window.__pwned = \'handler\'">',
      );
      const script = document.createElement('script');
      script.textContent = "window.__pwned = 'inline';";
      document.body.append(script);
    });
    await page.waitForFunction(
      () => (globalThis as unknown as PageGlobals).__violations.length >= 2,
    );
    const seen = await observe(page);
    assert.equal(seen.pwned, undefined);
    assert.ok(
      seen.violations.some((v) => v.startsWith('script-src-attr')),
      seen.violations.join(),
    );
    assert.ok(
      seen.violations.some((v) => v.startsWith('script-src-elem')),
      seen.violations.join(),
    );
    await page.close();
  });

  it('renders the seed plan and saves a screenshot', async () => {
    const page = await open(seedModel(), 'th');
    await page.evaluate((href) => {
      const { document } = globalThis as unknown as PageGlobals;
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      document.head.append(link);
    }, `${origin}/theme.css`);
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals)
          .getComputedStyle((globalThis as unknown as PageGlobals).document.body)
          .getPropertyValue('--vscode-font-size')
          .trim() === '13px',
    );
    assert.equal(await page.locator('tr.project').count(), 50);
    assert.equal(await page.locator('td.disagree').count(), 25);
    const grand = await page.locator('tfoot td.total .computed').textContent();
    assert.equal(grand, '250,000');
    mkdirSync('test/e2e/out', { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT, fullPage: true });
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it("rebuilds a development plan's two-row ผ.01 head and figures exactly as renderHtml writes them", async () => {
    const model = developmentModel();
    const direct = await open(model, 'th');
    const expected = await structure(direct);
    assert.equal(await direct.locator('thead tr').count(), 2);
    assert.equal(await direct.locator('thead th[rowspan="2"]').textContent(), 'ยุทธศาสตร์');
    assert.equal(await direct.locator('thead th[colspan="2"]').count(), 6);
    assert.equal(await direct.locator('td.disagree').count(), 1);
    mkdirSync('test/e2e/out', { recursive: true });
    await direct.screenshot({ path: DEV_SCREENSHOT, fullPage: true });
    await direct.close();

    const page = await open(null, 'th');
    await page.evaluate(
      (v) => (globalThis as unknown as PageGlobals).postMessage({ type: 'update', view: v }, '*'),
      buildView(model, 'th'),
    );
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).document.querySelectorAll('thead tr').length === 2,
    );
    assert.deepEqual(await structure(page), expected);
    await assertNothingRan(page);
    await page.close();
  });
});
