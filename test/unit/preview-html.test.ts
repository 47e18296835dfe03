// The summary preview's HTML (renderHtml) and its pure helpers: every piece of plan text escaped, a
// strict CSP with a nonce on every script, no inline handlers, real table markup, disagreeing cells
// marked with visible text; the strings complete in both languages; webview messages read strictly.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { escapeHtml, renderHtml, type HtmlOptions } from '../../client/src/preview/html.js';
import { parseWebviewMessage } from '../../client/src/preview/messages.js';
import { displayBaht, previewStrings, t } from '../../client/src/preview/strings.js';
import { buildView, revealableLines } from '../../client/src/preview/view.js';
import { analyze } from '../../server/src/engine.js';
import { buildSummaryTableModel } from '../../server/src/features/preview.js';
import {
  BOLD_CHECK,
  HOSTILE_TEXTS,
  IMG_NAME,
  JS_WRITTEN,
  hostileModel,
  seedModel,
} from '../support/preview-fixtures.js';

const NONCE = 'QUJDREVGR0hJSktMTU5PUFFS';
const options: HtmlOptions = {
  nonce: NONCE,
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
  locale: 'en',
};

/** Decodes the entities escapeHtml writes, to read attribute values back. */
const unescape = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

/** Every start tag in the HTML. */
const tags = (html: string) => html.match(/<[a-zA-Z][^>]*>/g) ?? [];

/** Asserts the structural safety properties on any rendered page. */
function assertSafe(html: string): void {
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  assert.equal(scripts.length, 1, `exactly our one script tag, got ${scripts.join(' ')}`);
  for (const s of scripts) {
    assert.ok(s.includes(` nonce="${NONCE}"`), `script without the nonce: ${s}`);
    assert.match(s, / src="[^"]+"/, 'the script is external, never inline');
  }
  assert.doesNotMatch(html, /<img\b/i);
  assert.doesNotMatch(html, /<svg\b/i);
  assert.doesNotMatch(html, /<iframe\b/i);
  assert.doesNotMatch(html, /<b\b/i);
  for (const tag of tags(html)) {
    assert.doesNotMatch(tag, /\son\w+\s*=/i, `inline event handler in ${tag}`);
    // Plan text may say `javascript:` inside a title; no URL attribute may hold it.
    assert.doesNotMatch(tag, /\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i, tag);
    assert.doesNotMatch(tag, /\sstyle\s*=/i, `inline style in ${tag}`);
  }
  assert.equal((html.match(/<\/table>/g) ?? []).length, 1, 'one table, never closed early');
  assert.equal((html.match(/<\/script>/g) ?? []).length, 1);
}

describe('summary preview HTML', () => {
  it('escapes every piece of plan text of a hostile model', () => {
    const html = renderHtml(hostileModel(), options);
    assertSafe(html);
    for (const text of HOSTILE_TEXTS) {
      assert.ok(html.includes(escapeHtml(text)), `missing escaped ${text}`);
    }
    assert.ok(html.includes(`<th scope="row" class="project">1. ${escapeHtml(IMG_NAME)}</th>`));
    assert.ok(html.includes(escapeHtml(`written: ${JS_WRITTEN}`)));
    assert.ok(html.includes(`<code>${escapeHtml(BOLD_CHECK)}</code>`));
    assert.ok(html.includes(escapeHtml('written: <script>window.__pwned=3</script>')));
  });

  it('escapes hostile text that came through the real parser and model', () => {
    const text = `---
type: plan
title: "<script>alert('t')</script>"
years: 2566-2567
---
## ส่วนที่ 2

| มิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 | ปี 2567 | รวม |
| --- | --- | --- | --- | --- |
| 1. มิติ | 1. ${IMG_NAME} | <script>x</script> | 10,000 | 20,000 |
| รวม | จำนวน 1 โครงการ | 10,000 | ${JS_WRITTEN} | |

## มิติที่ 1 </table><script>alert(2)</script>

### 1. ${IMG_NAME}

#### งบประมาณดำเนินการ

ปีละ 10,000 บาท
`;
    const model = buildSummaryTableModel(analyze(text), 'file:///a.plan.md', 1);
    assert.equal(model.groups[0]?.rows[0]?.name, IMG_NAME, 'the name reaches the model as text');
    const html = renderHtml(model, options);
    assertSafe(html);
    assert.ok(html.includes(escapeHtml(IMG_NAME)));
    assert.ok(html.includes(escapeHtml(`written: ${JS_WRITTEN}`)));
    assert.ok(html.includes(escapeHtml("<script>alert('t')</script>")));
  });

  it('declares a strict CSP with the nonce, and no unsafe sources', () => {
    const html = renderHtml(hostileModel(), options);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, 'CSP meta tag');
    const csp = unescape(meta[1] ?? '');
    assert.equal(
      csp,
      `default-src 'none'; style-src ${options.cspSource}; script-src 'nonce-${NONCE}'; img-src ${options.cspSource}`,
    );
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
    // The CSP comes before anything that loads.
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'));
    assert.ok(html.includes(`<link rel="stylesheet" href="${options.styleUri}">`));
    assert.throws(() => renderHtml(null, { ...options, nonce: 'x" onload="y' }), /invalid nonce/);
  });

  it('uses real table markup with header cells, and marks disagreeing cells with visible text', () => {
    const html = renderHtml(hostileModel(), options);
    assert.match(html, /<table id="summary">\s*<caption>/);
    assert.match(html, /<thead><tr class="columns"><th scope="col" class="project">/);
    assert.ok(html.includes('<th scope="col" class="amount">FY 2566</th>'));
    assert.ok(html.includes('<th scope="col" class="amount">Total</th>'));
    assert.match(
      html,
      /<tbody><tr class="dimension" data-line="20" tabindex="0"[^>]*><th scope="rowgroup" colspan="4">/,
    );
    assert.match(html, /<tfoot><tr class="grand-total" data-line="13"/);
    // The written total 35,000 against the computed 30,000.50: class, title and visible text.
    const cellRe =
      /<td class="amount total disagree" title="([^"]*)"><span class="computed">30,000.50<\/span><span class="written">([^<]*)<\/span><\/td>/;
    const m = cellRe.exec(html);
    assert.ok(m, 'the disagreeing total cell');
    assert.match(unescape(m[1] ?? ''), /says 35,000; the project details add up to 30,000\.50/);
    assert.equal(m[2], 'written: 35,000');
    // A blank written cell reads "(blank)"; a count that differs is shown too.
    assert.ok(html.includes('<span class="written">written: (blank)</span>'));
    assert.ok(html.includes('<span class="written">written: 3 projects</span>'));
    // An amount the project does not state is said in words, not left as an empty cell.
    assert.match(
      html,
      /<td class="amount unknown" title="[^"]+"><span class="note">not stated<\/span><\/td>/,
    );
    assert.ok(html.includes('<span class="badge">not in the written table</span>'));
    assert.match(html, /<section id="plan-health" class="health has-errors"/);
    assert.ok(html.includes('Errors: 2 · Warnings: 1 · Hints: 0'));
  });

  it('renders the seed plan in Thai with its totals and the blank dimension-2 total', function () {
    this.timeout(20_000);
    const model = seedModel();
    const html = renderHtml(model, { ...options, locale: 'th' });
    assertSafe(html);
    assert.match(html, /<html lang="th">/);
    assert.ok(html.includes('<th scope="col" class="amount">ปี 2566</th>'));
    assert.ok(html.includes('รวมทั้งสิ้น จำนวน 50 โครงการ'));
    assert.ok(html.includes('<span class="computed">250,000</span>'));
    assert.ok(html.includes('<span class="written">เขียนไว้: (ว่าง)</span>'));
    const rows = html.match(/<tr class="project[^"]*"/g) ?? [];
    assert.equal(rows.length, 50);
  });

  it('says what to do when there is no plan, and hides the table', () => {
    const html = renderHtml(null, options);
    assertSafe(html);
    assert.match(html, /<table id="summary" hidden>/);
    assert.ok(html.includes(escapeHtml(t('en', 'notPlan'))));
    const loading = renderHtml(null, { ...options, status: { loading: true } });
    assert.ok(loading.includes(escapeHtml(t('en', 'loading'))));
    assert.ok(!loading.includes(escapeHtml(t('en', 'notPlan'))));
  });

  it('lets rows reveal exactly the lines of the model', () => {
    const view = buildView(hostileModel(), 'en');
    assert.deepEqual(
      [...revealableLines(view)].sort((a, b) => a - b),
      [12, 13, 20, 22, 24, 40],
    );
    assert.deepEqual([...revealableLines(buildView(null, 'en'))], []);
  });

  it('uses theme colours and a Thai-capable font stack', () => {
    const css = readFileSync('media/preview.css', 'utf8');
    assert.match(
      css,
      /font-family:\s*var\(--vscode-font-family[^;]*'Sarabun'[^;]*'Noto Sans Thai'[^;]*'Leelawadee UI'[^;]*'Tahoma'[^;]*sans-serif;/,
    );
    assert.match(css, /var\(--vscode-editor-background/);
    assert.match(css, /var\(--vscode-errorForeground/);
  });
});

describe('summary preview strings and messages', () => {
  it('has every string in Thai and English with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(previewStrings)) {
      assert.ok(value.en.trim() && value.th.trim(), `${key}: both languages`);
      assert.deepEqual(holes(value.th), holes(value.en), `${key}: placeholders`);
    }
  });

  it('formats baht strings for display', () => {
    assert.equal(displayBaht('1234567.00'), '1,234,567');
    assert.equal(displayBaht('20000.50'), '20,000.50');
    assert.equal(displayBaht('0.00'), '0');
    assert.equal(displayBaht('-1500.00'), '-1,500');
    assert.equal(displayBaht('not a number'), 'not a number');
  });

  it('accepts only ready and reveal-a-line messages from the webview', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', line: 12 }), {
      type: 'reveal',
      line: 12,
    });
    assert.deepEqual(parseWebviewMessage({ line: 0, type: 'reveal' }), { type: 'reveal', line: 0 });
    for (const bad of [
      null,
      undefined,
      'reveal',
      42,
      [{ type: 'reveal', line: 1 }],
      {},
      { type: 'reveal' },
      { type: 'reveal', line: -1 },
      { type: 'reveal', line: 1.5 },
      { type: 'reveal', line: '12' },
      { type: 'reveal', line: Number.NaN },
      { type: 'reveal', line: Number.POSITIVE_INFINITY },
      { type: 'reveal', line: 1e12 },
      { type: 'reveal', line: 1, uri: 'file:///etc/passwd' },
      { type: 'reveal', line: 1, path: '/etc/passwd' },
      { type: 'ready', extra: true },
      { type: 'open', uri: 'file:///etc/passwd' },
      { type: 'write', path: '/tmp/x', text: 'y' },
      Object.assign(Object.create({ polluted: true }), { type: 'ready' }),
    ]) {
      assert.equal(parseWebviewMessage(bad), undefined, `rejects ${JSON.stringify(bad)}`);
    }
  });
});
