// The VS Code workbench (1.100, as code-server serves it) seen through playwright-core: the few
// selectors and keystrokes the e2e test needs, each waiting for the UI to settle, never sleeping.
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The first line of an error's message. */
export function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}

/** Polls `probe` until it returns a truthy value; throws after `timeout` ms naming `what`. */
export async function until(probe, what, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
    await sleep(100);
  }
}

/** Escapes `text` for use inside a regular expression. */
export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The VS Code workbench in one page, through the selectors that work on VS Code 1.100. */
export class Workbench {
  /**
   * @param {import('playwright-core').Page} page
   * @param {{ url: string, folder: string, outDir: string, log: (line: string) => void }} options
   */
  constructor(page, options) {
    this.page = page;
    this.options = options;
    /** Paths of the screenshots taken, in order. */
    this.screenshots = [];
  }

  /** Loads the workbench on the folder. */
  async open() {
    await this.page.goto(`${this.options.url}/?folder=${encodeURIComponent(this.options.folder)}`);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  }

  /** Saves a screenshot of the page as `<outDir>/<name>.png` and prints its path. */
  async screenshot(name) {
    const file = path.join(this.options.outDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    this.screenshots.push(file);
    this.options.log(`  screenshot ${file}`);
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and waits until it is the active editor. */
  async openFile(relative) {
    const name = path.basename(relative);
    const folder = path.dirname(relative) === '.' ? '' : path.dirname(relative);
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(relative);
    // Quick Open fills its list in stages (recently opened, then the file search), so rows move
    // under the pointer: wait until the list holds the file and stays unchanged for 0.3 s.
    const rows = this.page.locator('.quick-input-list .monaco-list-row');
    let previous = '';
    let unchanged = 0;
    let seen = [];
    const index = await until(
      async () => {
        seen = await rows.evaluateAll((elements) =>
          elements.map((row) => ({
            index: Number(row.getAttribute('data-index')),
            name: row.querySelector('.label-name')?.textContent ?? '',
            folder: (row.querySelector('.label-description')?.textContent ?? '').trim(),
          })),
        );
        const snapshot = JSON.stringify(seen);
        unchanged = snapshot === previous ? unchanged + 1 : 0;
        previous = snapshot;
        const row = seen.find((r) => r.name === name && r.folder === folder);
        return unchanged >= 3 && row ? String(row.index) : undefined;
      },
      `${relative} in Quick Open`,
      20_000,
    ).catch((error) => {
      const listed = seen.map((r) => `${r.folder}/${r.name}`).join(', ');
      throw new Error(`${firstLine(error)}; listed: ${listed || '(nothing)'}`);
    });
    await rows.and(this.page.locator(`[data-index="${index}"]`)).click();
    await this.activeTab(name).waitFor();
    // Two files may share a name (README.md): the breadcrumbs tell the folder.
    const crumbs = [...(folder ? folder.split('/') : []), name];
    await until(async () => {
      const items = await this.page
        .locator('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item')
        .allInnerTexts();
      return crumbs.every((crumb, i) => items[i]?.trim() === crumb);
    }, `the breadcrumbs of ${relative}`);
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  }

  activeTab(name) {
    return this.page.locator('.tabs-container .tab.active').filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }),
    });
  }

  /** Runs a command by its title from the command palette (F1). */
  async runCommand(title) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
    });
    await row.first().click({ timeout: 10_000 });
  }

  /** Chooses the item labelled `label` in the open quick pick. */
  async pickQuickInput(label) {
    const row = this.page.locator('.quick-input-list .monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
    });
    await row.first().click({ timeout: 10_000 });
  }

  /** Moves the cursor of the active editor with Go to Line (Ctrl+G), `line:column`, 1-based. */
  async goTo(line, column) {
    // Ctrl+G and what follows act on the editor only when it has the focus (not, say, a filter box).
    await this.runCommand('View: Focus Active Editor Group');
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns it once it holds `text`. */
  async hoverAtCursor(text) {
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+I');
    const hover = this.page.locator('.monaco-hover:visible', { hasText: text }).first();
    await hover.waitFor({ timeout: 10_000 });
    // The hover's footer looks for quick fixes a moment longer; the screenshot is clearer after.
    await until(
      async () => !(await hover.innerText()).includes('Checking for quick fixes'),
      'the quick-fix lookup',
      5_000,
    ).catch(() => {});
    return hover;
  }

  /** The status bar's problem counts: { errors, warnings }. */
  async problemCounts() {
    const label =
      (await this.page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
    const number = (word) => Number(new RegExp(`${word}: (\\d+)`).exec(label)?.[1] ?? 0);
    return { errors: number('Errors'), warnings: number('Warnings') };
  }

  async showProblems() {
    if (!(await this.page.locator('.markers-panel').isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
    }
    await this.page.locator('.markers-panel').waitFor();
  }

  /** Types into the Problems panel's filter box; '' clears it. */
  async filterProblems(text) {
    await this.showProblems();
    await this.page.locator('.viewpane-filter input').fill(text);
  }

  /** Rows of the Problems panel that plancheck published with `code`. */
  problemRows(code) {
    return this.page.locator('.markers-panel .monaco-list-row').filter({
      has: this.page.locator('.marker-code', { hasText: new RegExp(`^${escapeRegExp(code)}$`) }),
    });
  }

  /** Closes every editor; the server then clears their diagnostics. */
  async closeAllEditors() {
    await this.runCommand('View: Close All Editors');
    await until(
      async () => (await this.page.locator('.tabs-container .tab').count()) === 0,
      'no open tabs',
    );
  }
}

/** Text of the Problems panel rows now rendered, for failure messages. */
export async function renderedProblems(page) {
  const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  return rows.map((row) => row.replace(/\s+/g, ' ').slice(0, 160)).join(' | ') || '(none)';
}
