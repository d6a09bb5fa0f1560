// Shared helpers for the e2e drivers: launch Debian's chromium through playwright-core, build the
// code-server workbench URL (with the `payload` that loads mmstep from the repo as a development
// extension), open the workbench and run command-palette commands.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];
const REPO = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(__dirname, 'shots');

// XDG_*: otherwise chromium's crashpad writes ~/.config/chromium/Crash Reports.
function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`);
  }
  const xdg = path.join(require('os').tmpdir(), 'mmstep-e2e-chromium-xdg');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS,
    env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: path.join(xdg, 'cache') } });
}

/**
 * The workbench URL. code-server has no --extensionDevelopmentPath flag; VS Code's web/remote test
 * mechanism instead reads a `payload` query parameter whose paths are vscode-remote URIs on the
 * server. With `tests` set, the extension host runs require(tests).run() and the workbench calls
 * window.codeAutomationExit(code) when it settles.
 */
function workbenchUrl({ url, folder, extensionDevelopmentPath = REPO, tests }) {
  const base = new URL(url);
  const remote = p => `vscode-remote://${base.host}${path.resolve(p)}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)], ['skipWelcome', 'true']];
  if (tests) payload.push(['extensionTestsPath', remote(tests)]);
  return `${base.origin}/?folder=${encodeURIComponent(path.resolve(folder))}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function openWorkbench({ url, shotsDir = SHOTS }) {
  fs.mkdirSync(shotsDir, { recursive: true });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', e => console.log('[pageerror]', e.message));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  // the status bar being laid out means the workbench finished its first layout
  await page.waitForSelector('.statusbar', { timeout: 60000 });
  const shot = async (name) => {
    const p = path.join(shotsDir, name + '.png');
    await page.screenshot({ path: p });
    console.log('screenshot', path.relative(REPO, p));
    return p;
  };
  return { browser, context, page, shot };
}

/**
 * Press a key for the workbench. Keys typed while a webview (an iframe) has focus do not reach
 * its keybindings, so focus the title bar first: a spot where a click does nothing.
 */
async function pressInWorkbench(page, key) {
  // left of the centred title: the floating debug toolbar sits over the title itself
  const box = await page.locator('.part.titlebar').first().boundingBox({ timeout: 2000 }).catch(() => null);
  if (box) await page.mouse.click(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.keyboard.press(key);
}

/**
 * Run a command from the palette by its exact label (Enter would pick the best fuzzy match).
 * The palette lists the commands known when it opens; extension contributions can arrive a few
 * seconds after the workbench shows, so reopen it until the command is there.
 */
async function runCommand(page, label, { timeout = 30000 } = {}) {
  const esc = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = page.locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp('^' + esc + '$') }) }).first();
  const input = page.locator('.quick-input-widget input');
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await page.keyboard.press('Escape').catch(() => {});
      await pressInWorkbench(page, 'F1');
      await input.waitFor({ state: 'visible', timeout: 3000 });
      await input.fill('>' + label, { timeout: 3000 });
      await row.waitFor({ timeout: 3000 });
      break;
    } catch (e) {
      if (Date.now() > end) throw new Error(`command "${label}" not found in the command palette: ${e.message.split('\n')[0]}`);
    }
  }
  await row.click();
}

/** A UI test's checks: `check(title, fn)` runs one, prints ✓/✗ and records it in `results`. */
function checkList() {
  const results = [];
  async function check(title, fn) {
    const t0 = Date.now();
    try {
      await fn();
      results.push({ title, ok: true });
      console.log(`  ✓ ${title} (${Date.now() - t0} ms)`);
      return true;
    } catch (e) {
      results.push({ title, ok: false, error: String(e && e.message || e) });
      console.log(`  ✗ ${title}\n      ${String(e && e.message || e).split('\n').join('\n      ')}`);
      return false;
    }
  }
  /** Run `[title, fn]` steps in order; at the first failure call `onFail` and list what is skipped. */
  async function runSteps(steps, onFail) {
    for (const [title, fn] of steps) {
      if (!(await check(title, fn))) {
        if (onFail) await onFail().catch(() => {});
        const skipped = steps.slice(steps.findIndex(s => s[0] === title) + 1).map(s => s[0]);
        if (skipped.length) console.log(`  - skipped: ${skipped.join('; ')}`);
        break;
      }
    }
  }
  /** Print `<label>: N passed, N failed`, write $MMSTEP_E2E_RESULT; the counts. */
  function finish(label) {
    const passed = results.filter(r => r.ok).length;
    const failed = results.length - passed;
    if (process.env.MMSTEP_E2E_RESULT) {
      require('fs').writeFileSync(process.env.MMSTEP_E2E_RESULT, JSON.stringify({ passed, failed, tests: results }, null, 1));
    }
    console.log(`${label}: ${passed} passed, ${failed} failed`);
    return { passed, failed };
  }
  return { results, check, runSteps, finish };
}

module.exports = { launchBrowser, workbenchUrl, openWorkbench, runCommand, pressInWorkbench, checkList, CHROMIUM, FLAGS, REPO, SHOTS };
