// UI test of "mmstep: Debug a Kernel Selftest…" in the real workbench (code-server + headless
// chromium, issue 12 item 6), as a reviewer uses it with no setting made: the command asks for a
// kernel tree in VS Code's folder dialog (the Linux 6.12 tree scripts/kernel-trees.sh extracts),
// lists that tree's hmm-tests in a quick pick, and the run picked stops on entry with the
// tree's hmm-tests.c in the editor, the harness's frames in the call stack and the state panel
// showing the test's process; F5 runs the test to its end and the debug console shows its TAP
// line as the verdict. Screenshots go to test/e2e/shots/.
//
//   node test/e2e/ui-selftest.js --url http://127.0.0.1:PORT [--folder examples]
// Writes {passed, failed, tests} to $MMSTEP_E2E_RESULT if set. Exit 0 iff every check passed.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { openWorkbench, runCommand, pressInWorkbench, workbenchUrl, checkList, REPO } = require('./lib');

const argv = process.argv.slice(2);
const arg = (n, d) => { const i = argv.indexOf('--' + n); return i >= 0 ? argv[i + 1] : d; };
const url = arg('url');
const folder = path.resolve(REPO, arg('folder', 'examples'));
const CACHE = process.env.MMSTEP_KERNEL_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'mmstep', 'kernel-trees');
const TREE = path.join(CACHE, 'linux-6.12');
const TEST = 'hmm2.hmm2_device_private.migrate_mixed';

const { runSteps, finish } = checkList();

(async () => {
  if (!url) throw new Error('usage: ui-selftest.js --url http://127.0.0.1:PORT [--folder DIR]');
  if (!fs.existsSync(path.join(TREE, 'lib', 'test_hmm.c'))) throw new Error(`${TREE} is missing: extract the Debian kernel trees with \`bash scripts/kernel-trees.sh\``);
  const { browser, page, shot } = await openWorkbench({ url: workbenchUrl({ url, folder }) });
  const input = page.locator('.quick-input-widget input');
  const state = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  try {
    const steps = [
      ['the command asks for a kernel tree in the folder dialog', async () => {
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 30000 });
        await runCommand(page, 'mmstep: Debug a Kernel Selftest…');
        // code-server's folder dialog is a quick input holding a path: type the tree's root
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'kernel tree' }).waitFor({ timeout: 15000 });
        await input.fill(TREE + '/');
        await shot('ui-selftest-01-tree');
        await page.locator('.quick-input-widget .monaco-button', { hasText: 'Use this kernel tree' }).first().click();
      }],
      ["the tree's hmm-tests are listed; the one typed is picked", async () => {
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'hmm-tests.c' }).waitFor({ timeout: 60000 });
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'hmm.hmm_device_private.open_close' }).first().waitFor({ timeout: 15000 });
        await input.fill('migrate_mixed');
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: TEST }).first();
        await row.waitFor({ timeout: 15000 });
        await shot('ui-selftest-02-pick');
        await row.click();
      }],
      ["it stops on entry: the tree's hmm-tests.c in the editor, the state panel shows the process", async () => {
        await page.locator('.debug-toolbar').waitFor({ timeout: 60000 });
        await page.locator('.tabs-container .tab', { hasText: 'hmm-tests.c' }).first().waitFor({ timeout: 60000 });
        const shown = await page.locator('.debug-call-stack').first().waitFor({ timeout: 5000 }).then(() => true, () => false);
        if (!shown) await runCommand(page, 'View: Show Run and Debug');
        await page.locator('.debug-call-stack .monaco-list-row', { hasText: 'migrate_mixed' }).first().waitFor({ timeout: 30000 });
        await runCommand(page, 'mmstep: Show Memory State');
        await state.locator('#root').waitFor({ timeout: 30000 });
        await state.locator('#root', { hasText: 'Process 1' }).first().waitFor({ timeout: 30000 });
        await shot('ui-selftest-03-entry');
      }],
      ['F5 runs the test to its end; the debug console has its TAP line and the verdict', async () => {
        await pressInWorkbench(page, 'F5');
        await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 180000 });
        await runCommand(page, 'Debug Console: Focus on Debug Console View');
        const tap = page.locator('.repl .monaco-list-row', { hasText: `ok 53 ${TEST}` }).first();
        await tap.waitFor({ timeout: 30000 });
        await page.locator('.repl .monaco-list-row', { hasText: 'verdict: PASS' }).first().waitFor({ timeout: 10000 });
        await shot('ui-selftest-04-verdict');
      }],
    ];
    await runSteps(steps, () => shot('ui-selftest-failed'));
  } finally {
    await browser.close();
  }
  process.exit(finish('ui-selftest').failed ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
