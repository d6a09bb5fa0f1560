// UI test of the timeline in the real workbench (code-server + headless chromium, issue 10): start
// the demo's launch configuration, step a few times with F10, then use the strip in the state
// webview as a reviewer would — a click at its left end takes the debugger back to the start
// (CALL STACK shows the entry line again), the slider with the End key brings it back to where
// the run had got, and the stage and mark buttons are there. Screenshots go to test/e2e/shots/.
//
//   node test/e2e/ui-timeline.js --url http://127.0.0.1:PORT [--folder examples]
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
const F10 = 5;

function configName() {
  const text = fs.readFileSync(path.join(folder, '.vscode', 'launch.json'), 'utf8')
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str) => str || '')
    .replace(/,(\s*[}\]])/g, '$1');
  const cfg = JSON.parse(text).configurations.find(c => c.type === 'mmstep' && String(c.scenario).endsWith(SCENARIO_FILE));
  if (!cfg) throw new Error(`no mmstep launch configuration for ${SCENARIO_FILE}`);
  return cfg.name;
}

const { check, finish } = checkList();

(async () => {
  if (!url) throw new Error('usage: ui-timeline.js --url http://127.0.0.1:PORT [--folder DIR]');
  const config = configName();
  const fn = entryDefinition(path.join(folder, SCENARIO_FILE)).fn;
  const { browser, page, shot } = await openWorkbench({ url: workbenchUrl({ url, folder }) });
  const state = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const top = page.locator('.debug-call-stack .monaco-list-row', { hasText: fn }).first();
  const frameText = async () => (await top.innerText()).replace(/\s+/g, ' ');
  const where = () => state.locator('.tl-where').innerText();
  let entryText = '';
  let steppedText = '';
  let recorded = 0;
  try {
    const steps = [
      [`"${config}" starts and stops on entry`, async () => {
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SCENARIO_FILE }).first().waitFor({ timeout: 30000 });
        await runCommand(page, 'Debug: Select and Start Debugging');
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: config }).first();
        await row.waitFor({ timeout: 15000 });
        await row.click();
        await page.locator('.debug-toolbar').waitFor({ timeout: 30000 });
        const shown = await top.waitFor({ timeout: 10000 }).then(() => true, () => false);
        if (!shown) await runCommand(page, 'View: Show Run and Debug');
        await top.waitFor({ timeout: 30000 });
        entryText = await frameText();
        await state.locator('section.timeline').waitFor({ timeout: 30000 });
      }],
      [`after ${F10} F10 presses the strip says where the run is`, async () => {
        for (let i = 0; i < F10; i++) {
          const before = await where();
          await pressInWorkbench(page, 'F10');
          await state.locator('.tl-where', { hasNotText: before }).waitFor({ timeout: 15000 });
        }
        steppedText = await frameText();
        if (steppedText === entryText) throw new Error(`the frame did not move: ${steppedText}`);
        const m = /^Step (\d+) of (\d+)/.exec(await where());
        if (!m || m[1] !== m[2] || Number(m[1]) < F10) throw new Error(`strip reads "${await where()}"`);
        recorded = Number(m[2]);
        const stages = await state.locator('button.tl-stage-button').count();
        if (stages < 1) throw new Error('no stage buttons');
        await page.waitForTimeout(300);
        await shot('ui-timeline-01-after-steps');
      }],
      ['a click at the left end of the strip goes back to the start: CALL STACK shows the entry line', async () => {
        const box = await state.locator('svg.tl-strip').boundingBox();
        if (!box) throw new Error('the strip has no box');
        await page.mouse.click(box.x + 1, box.y + box.height / 2);
        await state.locator('.tl-where', { hasText: new RegExp(`^Step 0 of ${recorded}`) }).waitFor({ timeout: 15000 });
        await page.waitForFunction(([f, want]) => {
          const row = [...document.querySelectorAll('.debug-call-stack .monaco-list-row')].find(r => r.innerText.includes(f));
          return row && row.innerText.replace(/\s+/g, ' ') === want;
        }, [fn, entryText], { timeout: 15000 });
        // The CALL STACK header says why it stopped: the goto, not the last F10.
        const pane = page.locator('.pane', { has: page.locator('.debug-call-stack') }).first();
        await page.waitForFunction(() => /paused on goto/i.test([...document.querySelectorAll('.pane')].map(p => p.innerText).join(' ')), null, { timeout: 10000 })
          .catch(async () => { throw new Error(`call stack header: ${JSON.stringify((await pane.innerText()).slice(0, 200))}`); });
        await page.waitForTimeout(300);
        await shot('ui-timeline-02-back-at-start');
      }],
      ['the slider and End bring the debugger back to where the run had got', async () => {
        await state.locator('input.tl-scrub').focus();
        await page.keyboard.press('End');
        await state.locator('.tl-where', { hasText: new RegExp(`^Step ${recorded} of ${recorded}`) }).waitFor({ timeout: 15000 });
        await page.waitForFunction(([f, want]) => {
          const row = [...document.querySelectorAll('.debug-call-stack .monaco-list-row')].find(r => r.innerText.includes(f));
          return row && row.innerText.replace(/\s+/g, ' ') === want;
        }, [fn, steppedText], { timeout: 15000 });
        await page.waitForTimeout(300);
        await shot('ui-timeline-03-forward-again');
      }],
      ['compare with step 0 shows the two moments side by side, a pair of rows per object', async () => {
        await state.locator('input.tl-compare-step').fill('0');
        await state.locator('button.tl-compare').click();
        await state.locator('section.tl-comparison h2').waitFor({ timeout: 15000 });
        // The first F10s only set C locals: list the unchanged objects too, aligned.
        if (!(await state.locator('table.tl-side-by-side').count())) await state.locator('input.tl-compare-all').check();
        await state.locator('table.tl-side-by-side').waitFor({ timeout: 15000 });
        const pairs = await state.locator('table.tl-side-by-side tr.tl-pair').count();
        if (pairs < 1) throw new Error('no rows compared');
        const sides = await state.locator('table.tl-side-by-side tr.tl-pair').first().locator('> td').count();
        if (sides !== 2) throw new Error(`${sides} cells in a pair`);
        await state.locator('section.tl-comparison').scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        await shot('ui-timeline-04-compare');
        await state.locator('button.tl-compare-close').click();
      }],
      ['Debug: Stop ends the session', async () => {
        await runCommand(page, 'Debug: Stop');
        await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 15000 });
      }],
    ];
    for (const [title, run] of steps) {
      if (!(await check(title, run))) {
        await shot('ui-timeline-99-failure').catch(() => {});
        break;
      }
    }
  } finally {
    await browser.close().catch(() => {});
  }
  const { failed } = finish('ui-timeline');
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error('ui-timeline: harness error:', e && e.stack || e); process.exit(3); });
