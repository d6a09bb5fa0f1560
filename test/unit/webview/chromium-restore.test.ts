// What the state webview saves and restores, in headless Chromium: it saves (setState) only a
// state that rendered; a render that fails shows an error above the last good rendering, which is
// what a reload then restores; a saved state that fails validation or rendering is dropped, and
// the view still shows its empty view and sends `ready` (before, such a state came back as a
// blank panel that never sent `ready`). A row that cannot be built shows its error in its place.
// Failures are injected (see INJECT_FAILURE) while a sessionStorage flag is set.

import * as assert from 'assert';
import type * as http from 'http';
import type { Browser, Page } from 'playwright-core';
import * as path from 'path';
import { ensureBundle, launchChromium, posted, postState, ROOT, startServer, stateMessage, waitPosted, waitSaved } from '../../webview/harness';
import { stateAfterSecondPte, stateAtCollect } from './fixtures';

const SAVED_KEY = 'mmstep-webview-state';

/**
 * Installed before the page's scripts. With 'mmstep-fail-render' set, Array.prototype.flatMap
 * throws (the renderer uses it while building the view; the validator does not): the whole
 * rendering fails. With 'mmstep-fail-rows' set, hex formatting of numbers throws (used when a
 * row is built): single rows fail.
 */
const INJECT_FAILURE = `(() => {
  const flatMap = Array.prototype.flatMap;
  Array.prototype.flatMap = function (...args) {
    if (sessionStorage.getItem('mmstep-fail-render') === '1') throw new Error('injected: cannot render');
    return flatMap.apply(this, args);
  };
  const toString = Number.prototype.toString;
  Number.prototype.toString = function (radix) {
    if (radix === 16 && sessionStorage.getItem('mmstep-fail-rows') === '1') throw new Error('injected: cannot format a pfn');
    return toString.call(this, radix);
  };
})();`;

async function setFailing(page: Page, on: boolean): Promise<void> {
  await page.evaluate((v) => (v ? sessionStorage.setItem('mmstep-fail-render', '1') : sessionStorage.removeItem('mmstep-fail-render')), on);
}

/** Reload, and return what the view posted during that load (it always ends with `ready`). */
async function reload(page: Page): Promise<{ type: string; message?: string; step?: number }[]> {
  await page.reload();
  await waitPosted(page, 0, 'ready');
  return posted(page);
}

describe('state webview save and restore in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let page: Page;
  let server: http.Server;
  let origin: string;
  const pageErrors: string[] = [];

  before(async () => {
    ensureBundle();
    ({ server, origin } = await startServer());
    browser = await launchChromium();
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    await ctx.addInitScript({ content: INJECT_FAILURE });
    page = await ctx.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.addInitScript({ path: path.join(ROOT, 'test/webview/vscode-stub.js') });
    await page.goto(origin + '/');
    await waitPosted(page, 0, 'ready');
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  it('a state that fails to render leaves the last good rendering, an error, and is not saved', async () => {
    await postState(page, stateAtCollect(), 12);
    await waitSaved(page, 12);
    await setFailing(page, true);
    const before = (await posted(page)).length;
    await page.evaluate((s) => window.postMessage({ type: 'state', state: s }, '*'), stateAfterSecondPte());
    const err = await waitPosted(page, before, 'error');
    assert.match(err.message ?? '', /cannot render step 20 \(injected: cannot render\); showing step 12/);
    assert.ok(!(await posted(page)).slice(before).some((m) => m.type === 'rendered'));
    assert.match((await page.textContent('.render-error[role="alert"]')) ?? '', /cannot render step 20/);
    assert.ok((await page.textContent('header.summary'))?.includes('Step 12'), 'the last good rendering stays');
    assert.strictEqual(await page.locator('table.ptes tbody tr.row').count(), 4);
    await new Promise((r) => setTimeout(r, 400)); // longer than the view's save delay
    await waitSaved(page, 12);
  });

  it('after a reload, the last state that rendered comes back, and `ready` is sent', async () => {
    await setFailing(page, false);
    const msgs = await reload(page);
    assert.ok(msgs.some((m) => m.type === 'rendered' && m.step === 12), JSON.stringify(msgs));
    assert.ok((await page.textContent('header.summary'))?.includes('Step 12'));
  });

  it('a saved state that no longer renders is dropped: empty view, an error, `ready`', async () => {
    await setFailing(page, true);
    const msgs = await reload(page);
    assert.ok(!msgs.some((m) => m.type === 'rendered'));
    const err = msgs.find((m) => m.type === 'error');
    assert.match(err?.message ?? '', /dropped the saved state: it does not render \(injected: cannot render\)/);
    assert.ok((await page.textContent('#root'))?.includes('Start debugging an mmstep scenario'));
    await waitSaved(page, null);
    // The host's re-sent state renders once tables work again.
    await setFailing(page, false);
    const r = await postState(page, stateAtCollect(), 12);
    assert.strictEqual(r.ptes, 4);
  });

  it('a saved state that fails validation (a null PTE) is dropped with its path, and `ready` is sent', async () => {
    await page.evaluate(
      ([key, s]) => sessionStorage.setItem(key, JSON.stringify({ state: s })),
      [SAVED_KEY, { ...stateAtCollect(), processes: [{ ...stateAtCollect().processes[0], ptes: [null] }] }] as const,
    );
    const msgs = await reload(page);
    const err = msgs.find((m) => m.type === 'error');
    assert.strictEqual(err?.message, 'dropped the saved state: state.processes[0].ptes[0]: expected an object, got null');
    assert.ok(!msgs.some((m) => m.type === 'rendered'));
    assert.ok((await page.textContent('#root'))?.includes('Start debugging an mmstep scenario'));
    await waitSaved(page, null);
  });

  it('a saved packed state that fails validation (a pfn out of range) is dropped with its path', async () => {
    const m = stateMessage(stateAtCollect()) as { packed: { ptes: { pfn: number[] }[] } };
    m.packed.ptes[0].pfn[1] = 2 ** 60;
    await page.evaluate(([key, v]) => sessionStorage.setItem(key, v), [SAVED_KEY, JSON.stringify({ packed: m.packed })] as const);
    const msgs = await reload(page);
    const err = msgs.find((x) => x.type === 'error');
    assert.strictEqual(err?.message, `dropped the saved state: state.processes[0].ptes[1].pfn: expected an integer in 0..${2 ** 52}, got ${2 ** 60}`);
    assert.ok(!msgs.some((x) => x.type === 'rendered'));
    await waitSaved(page, null);
  });

  it('garbage in the saved state (not an object, a string, deep nesting) never stops `ready`', async () => {
    let deep = '0';
    for (let i = 0; i < 5000; i++) deep = `[${deep}]`;
    for (const raw of ['"hello"', '42', 'null', '[]', `{"state": ${deep}}`, '{"state": {"__proto__": {"step": 1}}}', `{"packed": ${deep}}`, '{"packed": {"__proto__": {"v": 1}}}', '{"packed": {"v": 1, "rest": 7}}']) {
      await page.evaluate(([key, v]) => sessionStorage.setItem(key, v), [SAVED_KEY, raw] as const);
      const msgs = await reload(page);
      assert.ok(msgs.some((m) => m.type === 'ready'), raw.slice(0, 40));
      assert.ok(!msgs.some((m) => m.type === 'rendered'), raw.slice(0, 40));
      assert.ok((await page.textContent('#root'))?.includes('Start debugging'), raw.slice(0, 40));
    }
  });

  it('a row that cannot be built shows the error in its place; the rest of the view renders', async () => {
    await page.evaluate(() => sessionStorage.setItem('mmstep-fail-rows', '1'));
    const before = (await posted(page)).length;
    try {
      const r = await postState(page, stateAfterSecondPte(), 20);
      assert.strictEqual(r.ptes, 4);
      const err = await waitPosted(page, before, 'error');
      assert.match(err.message ?? '', /^cannot show pte row 0: injected: cannot format a pfn$/);
      assert.ok((await page.textContent('header.summary'))?.includes('Step 20'));
      assert.strictEqual(await page.locator('table.ptes tr.row.render-failed').count(), 4);
      assert.match((await page.locator('table.ptes tr.row.render-failed').first().textContent()) ?? '', /⚠ cannot show pte row 0: injected/);
      // Rows that do not format numbers in hex (locks) are unharmed.
      assert.ok((await page.locator('table.locks tr.lock-row:not(.render-failed)').count()) > 0);
    } finally {
      await page.evaluate(() => sessionStorage.removeItem('mmstep-fail-rows'));
    }
    const r = await postState(page, stateAtCollect(), 12);
    assert.strictEqual(r.ptes, 4);
    assert.strictEqual(await page.locator('tr.render-failed').count(), 0);
  });

  it('ran without uncaught script errors', () => {
    assert.deepStrictEqual(pageErrors, []);
  });
});
