// UI test of "Set value…" from the state panel in the real workbench (code-server + headless
// chromium, issue 10): start the demo's launch configuration, click a page row in the state
// webview, choose Set value: refcount in its note; VS Code's input box opens prefilled with the
// refcount, refuses a value that is no number while it is typed, takes a new one with Enter; the
// panel shows it marked ✎ and says it was recorded; F10 runs on with it. F2 on a focused PTE row
// opens the input box for that PTE (Escape leaves it). Screenshots go to test/e2e/shots/.
//
//   node test/e2e/ui-set-value.js --url http://127.0.0.1:PORT [--folder examples]
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

function configName() {
  const text = fs.readFileSync(path.join(folder, '.vscode', 'launch.json'), 'utf8')
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str) => str || '')
    .replace(/,(\s*[}\]])/g, '$1');
  const cfg = JSON.parse(text).configurations.find(c => c.type === 'mmstep' && String(c.scenario).endsWith(SCENARIO_FILE));
  if (!cfg) throw new Error(`no mmstep launch configuration for ${SCENARIO_FILE}`);
  return cfg.name;
}

const { check, runSteps, finish } = checkList();

(async () => {
  if (!url) throw new Error('usage: ui-set-value.js --url http://127.0.0.1:PORT [--folder DIR]');
  const config = configName();
  const fn = entryDefinition(path.join(folder, SCENARIO_FILE)).fn;
  const { browser, page, shot } = await openWorkbench({ url: workbenchUrl({ url, folder }) });
  const state = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const top = page.locator('.debug-call-stack .monaco-list-row', { hasText: fn }).first();
  const input = page.locator('.quick-input-widget input');
  const pageRow = state.locator('#root tr.row.page').first();
  let before = 0;
  let want = 0;
  void check;
  try {
    const steps = [
      [`"${config}" starts and stops on entry; the panel shows the pages`, async () => {
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SCENARIO_FILE }).first().waitFor({ timeout: 30000 });
        await runCommand(page, 'Debug: Select and Start Debugging');
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: config }).first();
        await row.waitFor({ timeout: 15000 });
        await row.click();
        await page.locator('.debug-toolbar').waitFor({ timeout: 30000 });
        const shown = await top.waitFor({ timeout: 10000 }).then(() => true, () => false);
        if (!shown) await runCommand(page, 'View: Show Run and Debug');
        await top.waitFor({ timeout: 30000 });
        await state.locator('section.timeline').waitFor({ timeout: 30000 });
        await pageRow.waitFor({ timeout: 15000 });
      }],
      ["a click on a page row: its note offers Set value for each field", async () => {
        before = Number((await pageRow.locator('td.refcount').innerText()).trim());
        want = before + 2;
        await pageRow.locator('td.pfn').click();
        await state.locator('.tl-set-values button.tl-set-value', { hasText: 'refcount' }).waitFor({ timeout: 15000 });
        const labels = await state.locator('.tl-set-values button.tl-set-value').allInnerTexts();
        if (labels.join(',') !== 'refcount,mapcount,locked,lru,pins,dirty,content') throw new Error(`offers: ${labels.join(',')}`);
        await page.waitForTimeout(300);
        await shot('ui-set-value-01-note');
      }],
      ['Set value: refcount opens the input box with the refcount; a value that is no number is refused as typed', async () => {
        await state.locator('.tl-set-values button.tl-set-value', { hasText: 'refcount' }).click();
        await input.waitFor({ state: 'visible', timeout: 15000 });
        const value = await input.inputValue();
        if (value !== String(before)) throw new Error(`the box starts with "${value}", not ${before}`);
        const title = await page.locator('.quick-input-widget').innerText();
        if (!/Set page 0x[0-9a-f]+ refcount/.test(title)) throw new Error(`input box: ${title.slice(0, 200)}`);
        await input.fill('three');
        await page.locator('.quick-input-widget', { hasText: 'whole number' }).waitFor({ timeout: 5000 });
        await page.waitForTimeout(200);
        await shot('ui-set-value-02-input-refused');
      }],
      ['Enter on a new value: the panel shows it, marked ✎, and says it is recorded in the run', async () => {
        await input.fill(String(want));
        await page.keyboard.press('Enter');
        await input.waitFor({ state: 'hidden', timeout: 10000 });
        await state.locator('#root tr.row.page.edited td.refcount.edited', { hasText: String(want) }).first().waitFor({ timeout: 15000 });
        const line = await state.locator('p.tl-value-set').innerText();
        if (!new RegExp(`refcount set to ${want} at step \\d+ — recorded in the run`).test(line)) throw new Error(`status: ${line}`);
        if ((await pageRow.locator('.edited-mark').count()) !== 1) throw new Error('no ✎ in the row');
        await page.waitForTimeout(300);
        await shot('ui-set-value-03-set');
      }],
      ['F10: the next step runs with the new refcount', async () => {
        const where = await state.locator('.tl-where').innerText();
        await pressInWorkbench(page, 'F10');
        await state.locator('.tl-where', { hasNotText: where }).waitFor({ timeout: 15000 });
        const now = Number((await pageRow.locator('td.refcount').innerText()).trim());
        if (now !== want) throw new Error(`refcount ${now} after F10, not ${want}`);
        if (await pageRow.locator('td.refcount.edited').count()) throw new Error('still marked as set at the next step');
      }],
      ['F2 on a focused PTE row opens the input box for that PTE; Escape leaves it', async () => {
        const pte = state.locator('#root tr.row.pte').first();
        await pte.locator('td.addr').click();
        await pte.press('F2');
        await input.waitFor({ state: 'visible', timeout: 15000 });
        const title = await page.locator('.quick-input-widget').innerText();
        if (!/Set the pte of pid \d+ at 0x[0-9a-f]+/.test(title)) throw new Error(`input box: ${title.slice(0, 200)}`);
        const value = await input.inputValue();
        if (!value) throw new Error('the box starts empty');
        await page.waitForTimeout(200);
        await shot('ui-set-value-04-pte-f2');
        await page.keyboard.press('Escape');
        await input.waitFor({ state: 'hidden', timeout: 10000 });
      }],
      ['Debug: Stop ends the session', async () => {
        await runCommand(page, 'Debug: Stop');
        await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 15000 });
      }],
    ];
    await runSteps(steps, () => shot('ui-set-value-99-failure'));
  } finally {
    await browser.close().catch(() => {});
  }
  const { failed } = finish('ui-set-value');
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error('ui-set-value: harness error:', e && e.stack || e); process.exit(3); });
