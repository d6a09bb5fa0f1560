// UI test in the real workbench (code-server + headless chromium): open the examples workspace with
// mmstep loaded from the repo, start the demo's launch configuration from launch.json, check that
// CALL STACK shows the C entry function and its file, read the state webview from inside its
// iframes, step once with F10 and see both change. Screenshots go to test/e2e/shots/; the stopped
// debugger with migration entries in the state panel is copied (MMSTEP_UPDATE_SCREENSHOTS=1) to media/screenshot-debug.png for
// the README.
//
//   node test/e2e/ui-debug.js --url http://127.0.0.1:PORT [--folder examples]
// Writes {passed, failed, tests} to $MMSTEP_E2E_RESULT if set. Exit 0 iff every check passed.
'use strict';
const fs = require('fs');
const path = require('path');
const { entryDefinition } = require('./suite/c-source');
const { openWorkbench, runCommand, pressInWorkbench, workbenchUrl, checkList, REPO } = require('./lib');

const argv = process.argv.slice(2);
const arg = (n, d) => { const i = argv.indexOf('--' + n); return i >= 0 ? argv[i + 1] : d; };
const url = arg('url');
const folder = path.resolve(REPO, arg('folder', 'examples'));
const SCENARIO_FILE = 'private-4pages.mmstep.yaml';
const MAX_F10 = 40;   // F10 presses in the entry function before collect has made migration entries

/** launch.json is JSONC: drop comments and trailing commas before parsing. */
function readLaunchJson() {
  const text = fs.readFileSync(path.join(folder, '.vscode', 'launch.json'), 'utf8')
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str) => str || '')
    .replace(/,(\s*[}\]])/g, '$1');
  return JSON.parse(text);
}

/** The demo's launch configuration name and the C function/file the debugger stops in on entry. */
function expectations() {
  const cfg = readLaunchJson().configurations.find(c => c.type === 'mmstep' && String(c.scenario).endsWith(SCENARIO_FILE));
  if (!cfg) throw new Error(`no mmstep launch configuration for ${SCENARIO_FILE} in ${folder}/.vscode/launch.json`);
  const def = entryDefinition(path.join(folder, SCENARIO_FILE));
  return { config: cfg.name, fn: def.fn, file: path.basename(def.file) };
}

const { check, runSteps, finish } = checkList();

(async () => {
  if (!url) throw new Error('usage: ui-debug.js --url http://127.0.0.1:PORT [--folder DIR]');
  const exp = expectations();
  const { browser, page, shot } = await openWorkbench({ url: workbenchUrl({ url, folder }) });
  // the state webview: <iframe class="webview ready"> (host page) -> <iframe id="active-frame"> (our html)
  const state = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const callStackTop = page.locator('.debug-call-stack .monaco-list-row', { hasText: exp.fn }).first();
  let entryFrameText = '';
  let entryStep = '';
  try {
    const steps = [
      ['the workbench opens the examples workspace', async () => {
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SCENARIO_FILE }).first()
          .waitFor({ timeout: 30000 });
        await shot('ui-01-workbench');
      }],
      [`"${exp.config}" starts from launch.json and the debug toolbar appears`, async () => {
        await runCommand(page, 'Debug: Select and Start Debugging');
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: exp.config }).first();
        await row.waitFor({ timeout: 15000 });
        await row.click();
        await page.locator('.debug-toolbar').waitFor({ timeout: 30000 });
      }],
      [`CALL STACK shows ${exp.fn} in ${exp.file}`, async () => {
        // starting a session opens Run and Debug by itself; the palette is the fallback
        const shown = await callStackTop.waitFor({ timeout: 10000 }).then(() => true, () => false);
        if (!shown) await runCommand(page, 'View: Show Run and Debug');
        await callStackTop.waitFor({ timeout: 30000 });
        entryFrameText = (await callStackTop.innerText()).replace(/\s+/g, ' ');
        if (!entryFrameText.includes(exp.file)) throw new Error(`top frame reads "${entryFrameText}"`);
        if (!/\d+:\d+/.test(entryFrameText)) throw new Error(`top frame has no line:col: "${entryFrameText}"`);
        // "Paused on entry" is in the CALL STACK pane's header
        const paused = await page.locator('.pane', { has: page.locator('.debug-call-stack') }).first().innerText();
        if (!/paused on entry/i.test(paused)) throw new Error(`call stack does not say "Paused on entry": ${JSON.stringify(paused)}`);
      }],
      ['the mmstep state webview shows the range\'s PTEs', async () => {
        await state.locator('table.ptes tbody tr').first().waitFor({ timeout: 30000 });
        const rows = await state.locator('table.ptes tbody tr').count();
        if (rows < 4) throw new Error(`${rows} PTE rows, the demo range has 4`);
        const text = await state.locator('table.ptes').first().innerText();
        if (!/present/.test(text)) throw new Error(`PTE table has no present entry: ${JSON.stringify(text.slice(0, 300))}`);
        entryStep = (await state.locator('header.summary .step').innerText()).trim();
        await page.waitForTimeout(500);
        await shot('ui-02-stopped-on-entry');
      }],
      ['F10 steps over: the call stack line and the webview step change', async () => {
        await pressInWorkbench(page, 'F10');
        // the entry function's frame row shows a new line:col once the step is done
        await page.waitForFunction(([fn, before]) => {
          const row = [...document.querySelectorAll('.debug-call-stack .monaco-list-row')].find(r => r.innerText.includes(fn));
          return row && row.innerText.replace(/\s+/g, ' ') !== before;
        }, [exp.fn, entryFrameText], { timeout: 15000 });
        const now = (await callStackTop.innerText()).replace(/\s+/g, ' ');
        if (!now.includes(exp.file)) throw new Error(`after F10 the frame reads "${now}"`);
        console.log(`    frame before: "${entryFrameText}", after F10: "${now}"`);
        await state.locator('header.summary .step', { hasNotText: new RegExp(`^${entryStep}$`) }).waitFor({ timeout: 15000 });
        await page.waitForTimeout(500);
        await shot('ui-03-after-step');
      }],
      ['stepping on with F10, the webview shows migration entries marked as changed', async () => {
        let presses = 0;
        for (; presses < MAX_F10; presses++) {
          const text = await state.locator('table.ptes').first().innerText();
          if (/migration/.test(text)) break;
          const before = (await state.locator('header.summary .step').innerText()).trim();
          await pressInWorkbench(page, 'F10');
          await state.locator('header.summary .step', { hasNotText: new RegExp(`^${before}$`) }).waitFor({ timeout: 15000 });
        }
        console.log(`    ${presses} more F10 presses to reach the first migration entry`);
        const text = await state.locator('table.ptes').first().innerText();
        if (!/migration/.test(text)) throw new Error(`no migration entry after ${MAX_F10} steps: ${JSON.stringify(text.slice(0, 300))}`);
        const marked = await state.locator('table.ptes tbody tr .delta').count();
        if (marked < 1) throw new Error('no PTE row carries the changed marker');
        // more room for the editor and the state panel in the README's screenshot (best effort)
        await runCommand(page, 'View: Hide Panel', { timeout: 5000 }).catch(() => {});
        await page.waitForTimeout(800);
        const p = await shot('ui-04-migration-entries');
        // The README's picture is refreshed only on request, so a test run leaves the tree clean.
        if (process.env.MMSTEP_UPDATE_SCREENSHOTS === '1') {
          fs.mkdirSync(path.join(REPO, 'media'), { recursive: true });
          fs.copyFileSync(p, path.join(REPO, 'media', 'screenshot-debug.png'));
          console.log('    screenshot copied to media/screenshot-debug.png');
        }
      }],
      ['Debug: Stop ends the session', async () => {
        await runCommand(page, 'Debug: Stop');
        await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 15000 });
      }],
    ];
    await runSteps(steps, () => shot('ui-99-failure'));
  } finally {
    await browser.close().catch(() => {});
  }
  const { failed } = finish('ui');
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error('ui: harness error:', e && e.stack || e); process.exit(3); });
