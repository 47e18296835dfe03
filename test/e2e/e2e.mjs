// Drives the packaged plancheck extension in a real VS Code (code-server) through headless Chromium,
// the steps of issue 5, and prints `N passed, N failed` last. run.sh installs everything, starts
// code-server with a fresh profile and always tears it down; this script only drives the browser.
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { Workbench, escapeRegExp, firstLine, renderedProblems, until } from './workbench.mjs';

/** Reads a variable that run.sh sets. */
function setting(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: start this through test/e2e/run.sh`);
  return value;
}
const baseUrl = setting('E2E_URL');
const workspace = setting('E2E_WORKSPACE');
const repo = setting('E2E_REPO');
const outDir = setting('E2E_OUT');
const logsDir = setting('E2E_LOGS');

/** The files and the known defects shared with nvim-check.lua. */
const expected = JSON.parse(readFileSync(new URL('./expected.json', import.meta.url), 'utf8'));

/** The workspace copy of the seed plan that step 4 edits (samples/ itself is never changed). */
const EDITED = 'edited-total.plan.md';

/** Flags that let Debian's Chromium run here: root (no sandbox), no GPU, no background traffic. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const started = Date.now();
const counts = { passed: 0, failed: 0 };
const notRun = [];

function log(message) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

/** Runs one assertion: a thrown error is a failure, reported with its first line. */
async function check(name, body) {
  try {
    await body();
    counts.passed++;
    log(`  ok   ${name}`);
    return true;
  } catch (error) {
    counts.failed++;
    log(`  FAIL ${name}: ${firstLine(error)}`);
    return false;
  }
}

/** Waits until the status bar shows no errors and no warnings. */
function noProblems(wb) {
  return until(async () => {
    const now = await wb.problemCounts();
    return now.errors + now.warnings === 0;
  }, 'no problems in the status bar');
}

/** Line and column (1-based, UTF-16 like the editor) of the first amount in the grand-total row. */
function grandTotalCell(text) {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.startsWith('|') && line.includes('รวมทั้งสิ้น'));
  if (index < 0) throw new Error('the seed plan has no รวมทั้งสิ้น (grand total) row');
  // The cells with their offsets: the label, the mission, the project count, then the years.
  const cells = [];
  let offset = 1;
  for (const cell of lines[index].slice(1).split('|')) {
    cells.push({ text: cell, offset });
    offset += cell.length + 1;
  }
  for (const cell of cells.slice(3)) {
    const amount = /^(\s*)([0-9๐-๙][0-9๐-๙,]*)\s*$/.exec(cell.text);
    if (amount) {
      const column = cell.offset + amount[1].length + 1;
      return { line: index + 1, column, digit: amount[2][0], amount: amount[2] };
    }
  }
  throw new Error('no amount in the grand-total row');
}

/** The text of the Plancheck output channel's log files under code-server's logs folder. */
function outputChannelText() {
  const texts = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/plancheck/i.test(entry.name)) texts.push(readFileSync(full, 'utf8'));
    }
  };
  if (existsSync(logsDir)) walk(logsDir);
  return texts.join('\n');
}

/** The startup lines the client logs: server ready and first problems, in ms after activation. */
async function startupTimes() {
  return until(
    () => {
      const text = outputChannelText();
      const ready = /server ready: (\d+) ms after activation \(([^)]+)\)/.exec(text);
      const first = /first problems: .* (\d+) ms after activation, (\d+) ms after asking/.exec(
        text,
      );
      const activated = Date.parse(ready?.[2] ?? '');
      return (
        ready &&
        first && {
          activated,
          ready: Number(ready[1]),
          first: Number(first[1]),
          wait: Number(first[2]),
        }
      );
    },
    'the startup lines in the Plancheck output channel',
    15_000,
  );
}

/**
 * Step 1: the seed plan shows squiggles and its known defects in the Problems panel.
 * Returns its problem counts (the control of steps 2 and 3), or undefined when none arrived.
 */
async function seedPlan(wb) {
  log(`step 1: open ${expected.seed}`);
  let seedCounts;
  await wb.openFile(expected.seed);
  const opened = Date.now();
  await check('the seed plan gets plancheck problems', async () => {
    seedCounts = await until(
      async () => {
        const now = await wb.problemCounts();
        return now.errors > 0 && now;
      },
      'errors in the status bar',
      60_000,
    );
    const ms = Date.now() - opened;
    log(`  ${seedCounts.errors} errors, ${seedCounts.warnings} warnings, ${ms} ms after opening`);
  });
  // Logged, not asserted: speed is measured, never a pass condition (docs/performance.md).
  await check(
    'the output channel logs when the server was ready and the first problems came',
    async () => {
      const { activated, ready, first, wait } = await startupTimes();
      // The extension activates when the folder holds a *.plan.md file, before any is opened.
      const at = (ms) => `${ms >= 0 ? '+' : ''}${ms} ms`;
      log(
        `  opening → first problems ${activated + first - opened} ms (target 1,500 ms); activation ${at(activated - opened)}, server ready ${at(activated + ready - opened)}, the pull answered in ${wait} ms`,
      );
    },
  );
  for (const code of expected.seedCodes) {
    await check(`the Problems panel lists ${code}`, async () => {
      if (!seedCounts) throw new Error('no plancheck problems arrived at all');
      await wb.filterProblems(code);
      await wb.problemRows(code).first().waitFor({ timeout: 10_000 });
      const source = await wb.problemRows(code).first().locator('.marker-source').innerText();
      if (source !== 'plancheck') throw new Error(`its source is "${source}"`);
    });
  }
  const firstError = expected.seedCodes[0];
  const squiggles = await check('error squiggles under a reported error', async () => {
    if (!seedCounts) throw new Error('no plancheck problems arrived at all');
    await wb.filterProblems(firstError);
    const where = await wb
      .problemRows(firstError)
      .first()
      .locator('.marker-line')
      .innerText({ timeout: 10_000 });
    const [, line, column] = /Ln (\d+), Col (\d+)/.exec(where) ?? [];
    if (!line) throw new Error(`no position in "${where}"`);
    await wb.filterProblems('');
    await wb.goTo(line, column);
    await wb.page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 10_000 });
  });
  await wb.screenshot('step1-seed-squiggles');
  if (squiggles) {
    await check(`the hover on it shows the ${firstError} message`, () =>
      wb.hoverAtCursor(firstError),
    );
    await wb.screenshot('step1-seed-hover');
    await wb.page.keyboard.press('Escape');
  }
  return seedCounts;
}

/**
 * Steps 2 and 3: a file with no plancheck problems. A control proves the server kept up: the seed
 * plan, opened after the file, gets its usual problems and the totals do not grow.
 */
async function noProblemsIn(wb, relative, label, seedCounts) {
  log(`${label}: open ${relative}`);
  const name = path.basename(relative);
  await wb.page.keyboard.press('Escape');
  await wb.closeAllEditors();
  await check(`${label}: closing the editors clears the problems`, () => noProblems(wb));
  await wb.openFile(relative);
  const controlOpened = Date.now();
  await wb.openFile(expected.seed);
  await check(
    `${label}: no plancheck problems (control: the seed plan, opened after it)`,
    async () => {
      if (!seedCounts) throw new Error('step 1 got no problems, so there is no control');
      await until(
        async () => (await wb.problemCounts()).errors >= seedCounts.errors,
        'the seed plan’s problems',
        60_000,
      );
      // The file was opened first, so its problems, if any, are due by the time the control's
      // arrive; waiting as long again leaves room for a slow publish.
      await sleep(Math.max(1000, Date.now() - controlOpened));
      const now = await wb.problemCounts();
      if (now.errors !== seedCounts.errors || now.warnings !== seedCounts.warnings) {
        await wb.filterProblems(name);
        throw new Error(
          `${now.errors} errors, ${now.warnings} warnings, but the seed plan alone has ` +
            `${seedCounts.errors}, ${seedCounts.warnings}: ${await renderedProblems(wb.page)}`,
        );
      }
    },
  );
  // Closing the control leaves the file alone: the workbench then shows no problems at all.
  await wb.runCommand('View: Close Editor');
  await wb.activeTab(name).waitFor();
  await check(`${label}: no problems once the control is closed`, async () => {
    await noProblems(wb);
    await wb.showProblems();
    await wb.page
      .locator('.markers-panel', { hasText: 'No problems have been detected in the workspace' })
      .waitFor({ timeout: 10_000 });
  });
}

/** Step 4: typing a wrong digit into the grand total brings a new diagnostic. */
async function breakTotal(wb, cell, seedCounts) {
  log(`step 4: break the grand total in ${EDITED} (a copy of the seed plan)`);
  const code = expected.brokenTotalCode;
  await wb.page.keyboard.press('Escape');
  await wb.closeAllEditors();
  await noProblems(wb).catch(() => {});
  await wb.openFile(EDITED);
  let before;
  const broken = await check(`typing a wrong digit into the grand total adds ${code}`, async () => {
    before = await until(
      async () => {
        const now = await wb.problemCounts();
        return now.errors > 0 && now.errors >= (seedCounts?.errors ?? 0) && now;
      },
      'the copy’s problems',
      60_000,
    );
    await wb.goTo(cell.line, cell.column);
    await wb.page.keyboard.press('Shift+ArrowRight');
    const digit = cell.digit === '9' ? '1' : '9';
    await wb.page.keyboard.type(digit);
    log(`  line ${cell.line}, column ${cell.column}: typed ${digit} over ${cell.digit}`);
    await until(
      async () => (await wb.problemCounts()).errors > before.errors,
      `more than ${before.errors} errors`,
    );
    await wb.filterProblems(code);
    const row = wb.problemRows(code).filter({ hasText: `[Ln ${cell.line},` });
    await row.first().waitFor({ timeout: 10_000 });
    log(`  ${(await row.first().locator('.marker-message').innerText()).slice(0, 140)}`);
  });
  if (!broken) before = undefined;
  if (before) {
    await check(`the edited cell shows the ${code} error on hover`, async () => {
      await wb.goTo(cell.line, cell.column);
      await wb.hoverAtCursor(code);
    });
  }
  await wb.screenshot('step4-broken-total');
  return before;
}

/** Step 4b: the quick fix that the lightbulb offers on the edited cell restores the total. */
async function quickFix(wb, cell, before) {
  log('step 4b: apply the quick fix from the lightbulb');
  const code = expected.brokenTotalCode;
  const fixTitle = `Write ${cell.amount}`;
  const page = wb.page;
  await check(`the lightbulb offers "${fixTitle}" and applying it removes ${code}`, async () => {
    // The lightbulb follows the cursor: arrive at the cell afresh so that it is asked for.
    await wb.goTo(cell.line - 1, 1);
    await wb.goTo(cell.line, cell.column);
    const bulb = page.locator('.monaco-editor .lightBulbWidget:visible').first();
    await bulb.waitFor({ timeout: 10_000 });
    await bulb.click();
    const fix = page
      .locator('.action-widget .monaco-list-row')
      .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(fixTitle)}\\s*$`) })
      .first();
    await fix.waitFor({ timeout: 10_000 }).catch(async (error) => {
      const offered = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
      throw new Error(`${firstLine(error)}; offered: ${offered.join(' | ') || '(nothing)'}`);
    });
    await wb.screenshot('step4b-lightbulb');
    // Chosen with the keyboard: the menu's rows re-render under a pointer click.
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 10 && !(await focused.innerText()).includes(fixTitle); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await until(
      async () => (await wb.problemCounts()).errors === before.errors,
      `${before.errors} errors again`,
    );
    await wb.filterProblems(code);
    const rows = wb.problemRows(code).filter({ hasText: `[Ln ${cell.line},` });
    // The panel redraws a moment after the counts change.
    await until(
      async () => (await rows.count()) === 0,
      `${code} to leave line ${cell.line} in the Problems panel`,
      10_000,
    );
  });
  await wb.filterProblems('');
  await wb.screenshot('step4b-fixed');
}

/** Step 5: the export command writes a file that parses back; the preview shows the same table. */
async function exportAndPreview(wb) {
  log(`step 5: export and preview the summary table of ${EDITED}`);
  const page = wb.page;
  const exported = path.join(workspace, EDITED.replace(/\.plan\.md$/, '.json'));
  let table;
  await check('"Export Summary Table…" writes a JSON file that parses back', async () => {
    await wb.runCommand('View: Focus Active Editor Group');
    await wb.runCommand('Plancheck: Export Summary Table…');
    await wb.pickQuickInput('JSON data (.json)');
    // code-server's save dialog is a quick input holding the proposed path: accept it.
    const input = page.locator('.quick-input-widget input');
    await until(
      async () => (await input.inputValue()).endsWith(path.basename(exported)),
      `the save dialog proposing ${path.basename(exported)}`,
    );
    await page.keyboard.press('Enter');
    await page
      .locator('.notifications-toasts', { hasText: 'Exported the summary table' })
      .waitFor({ timeout: 20_000 });
    await until(() => existsSync(exported), exported, 10_000);
    table = JSON.parse(readFileSync(exported, 'utf8'));
    if (!Array.isArray(table.groups) || !table.grandTotal?.count) {
      throw new Error(`no dimensions or grand total in ${exported}`);
    }
    const { count, total } = table.grandTotal;
    log(`  ${exported}: ${table.groups.length} dimensions, ${count} projects, ${total} baht`);
  });
  await wb.screenshot('step5-export');
  await check('"Open Summary Preview" shows the same table in its webview', async () => {
    await wb.runCommand('Notifications: Clear All Notifications');
    await wb.runCommand('View: Focus Active Editor Group');
    await wb.runCommand('Plancheck: Open Summary Preview');
    // A webview is an iframe holding the iframe with the extension's page.
    const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await view.locator('table#summary tbody tr').first().waitFor({ timeout: 20_000 });
    const rows = await view.locator('table#summary tbody tr').count();
    const foot = (await view.locator('table#summary tfoot').innerText()).replace(/\s+/g, ' ');
    log(`  ${rows} rows; footer: ${foot.slice(0, 120)}`);
    if (table && !foot.includes(`Grand total: ${table.grandTotal.count} projects`)) {
      throw new Error(`the footer does not count the ${table.grandTotal.count} exported projects`);
    }
  });
  await wb.screenshot('step5-preview');
}

/** Runs the steps in one browser page; a step's failed checks do not stop the later steps. */
async function run(wb) {
  if (!(await check('the workbench loads', () => wb.open()))) {
    await wb.screenshot('0-workbench').catch(() => {});
    return;
  }
  const seedCounts = await seedPlan(wb);

  // Steps 2 and 3 run once their file exists (in the repository; the workspace holds a copy).
  for (const [step, relative, label, shot] of [
    [2, expected.fixed, 'step 2 (fixed plan)', 'step2-fixed-plan'],
    [3, expected.ordinary, 'step 3 (README)', 'step3-readme'],
  ]) {
    if (existsSync(path.join(repo, relative))) {
      await noProblemsIn(wb, relative, label, seedCounts);
      await wb.screenshot(shot);
    } else {
      notRun.push(`step ${step}: ${relative} does not exist yet, so it was NOT RUN`);
      log(`  NOT RUN: ${relative} does not exist yet (counted neither passed nor failed)`);
    }
  }

  const cell = grandTotalCell(readFileSync(path.join(workspace, expected.seed), 'utf8'));
  const before = await breakTotal(wb, cell, seedCounts);
  if (before) await quickFix(wb, cell, before);
  await exportAndPreview(wb);
}

async function main() {
  const watchdog = setTimeout(() => {
    log('e2e: gave up after 10 minutes');
    console.log(`${counts.passed} passed, ${counts.failed + 1} failed`);
    process.exit(1);
  }, 600_000);
  watchdog.unref();

  await until(
    async () => {
      try {
        return (await fetch(`${baseUrl}/healthz`)).ok;
      } catch {
        return false;
      }
    },
    `${baseUrl}/healthz`,
    60_000,
  );
  log(`code-server is up at ${baseUrl}`);
  copyFileSync(path.join(workspace, expected.seed), path.join(workspace, EDITED));

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(firstLine(error)));
  const wb = new Workbench(page, { url: baseUrl, folder: workspace, outDir, log });
  try {
    await run(wb);
  } catch (error) {
    await wb.screenshot('error').catch(() => {});
    throw error;
  } finally {
    if (pageErrors.length) log(`page errors (not failures): ${pageErrors.slice(0, 5).join(' | ')}`);
    log(`screenshots: ${wb.screenshots.join(' ') || '(none)'}`);
    await browser.close();
  }
}

try {
  await main();
} catch (error) {
  counts.failed++;
  log(`e2e: stopped by an error: ${error instanceof Error ? error.stack : error}`);
}
for (const line of notRun) log(line);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
