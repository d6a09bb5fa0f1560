// Renders the real state webview (dist/webview.js + dist/state.css in the page src/webview/html.ts
// builds, CSP included) in headless Chromium, posts two StateViews as the extension host would,
// and checks the DOM: rows, decoded PTE text, change markers, links, keyboard focus, restore after
// reload. Saves screenshots to test/webview/shots/ (and media/screenshot-state.png when
// MMSTEP_UPDATE_SCREENSHOTS=1).
//
// Needs Debian's /usr/bin/chromium and the webview bundle; the bundle is rebuilt here when it is
// missing or older than its sources.

import * as assert from 'assert';
import * as fs from 'fs';
import type * as http from 'http';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { StateView } from '../../../src/protocol/state';
import { ensureBundle, launchChromium, openView, Posted, posted, postState as post, ROOT, SHOTS, startServer, stateMessage, waitSaved } from '../../webview/harness';
import { stateAfterSecondPte, stateAtCollect } from './fixtures';

/** Post a host message to the webview and wait until it reports the render of that step. */
function postState(page: Page, state: StateView): Promise<Posted> {
  return post(page, state, state.step);
}

async function activeKey(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key);
}

describe('state webview in headless Chromium', function () {
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
    page = await openView(browser, origin, (e) => pageErrors.push(e));
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  it('shows a hint before the first state', async () => {
    const text = await page.textContent('#root');
    assert.ok(text?.includes('Start debugging an mmstep scenario'), text ?? '');
  });

  it('renders the first stop: PTE rows, decoded text, pages, one changed row', async () => {
    const r = await postState(page, stateAtCollect());
    assert.deepStrictEqual({ ptes: r.ptes, pages: r.pages, changed: r.changed }, { ptes: 4, pages: 5, changed: 1 });

    const pteRows = page.locator('table.ptes tbody tr');
    assert.strictEqual(await pteRows.count(), 4);
    // The decoded entry is the row's tooltip; the cells say kind, frame and bits.
    assert.match((await pteRows.nth(0).getAttribute('title')) ?? '', /migration\(W\) -> pfn 0x100 \(ptl held by migrate\)/);
    assert.strictEqual(await pteRows.nth(0).locator('td.bits').textContent(), 'write · ptl: migrate');
    assert.strictEqual(await pteRows.nth(1).locator('td.bits').textContent(), 'write dirty young');
    assert.strictEqual(await pteRows.nth(0).locator('td.kind').textContent(), 'migration entry');

    assert.strictEqual(await page.locator('table.pages tbody tr').count(), 5);
    assert.strictEqual(await page.locator('#page-0x100 td.refcount').textContent(), '2');
    assert.strictEqual(await page.locator('#page-0x100 td.mapcount').textContent(), '0');
    assert.strictEqual(await page.locator('#page-0x100 td.lock').textContent(), 'locked by migrate');

    const changed = page.locator('tr.changed');
    assert.strictEqual(await changed.count(), 1);
    assert.strictEqual(await changed.getAttribute('data-key'), 'pte:1:0x7f0000000000');
    assert.strictEqual(await changed.locator('.delta').getAttribute('aria-label'), 'changed since previous stop');
    assert.strictEqual(await changed.locator('.delta').textContent(), 'Δ');
    // The change is an outline, not only a colour.
    const outline = await changed.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.strictEqual(outline, 'dashed');

    assert.strictEqual(await page.locator('tr.tlb-entry.stale td.tlb-state').textContent(), '⚠ stale');
    assert.ok((await page.textContent('header.summary'))?.includes('Step 12'));

    fs.mkdirSync(SHOTS, { recursive: true });
    await page.mouse.move(1, 1);
    await page.screenshot({ path: path.join(SHOTS, 'state-step12.png'), fullPage: true });
  });

  it('moves between rows with the arrow keys and follows a PTE to its page with Enter', async () => {
    await page.locator('table.ptes tbody tr').first().click();
    assert.strictEqual(await activeKey(page), 'pte:1:0x7f0000000000');
    await page.keyboard.press('ArrowDown');
    assert.strictEqual(await activeKey(page), 'pte:1:0x7f0000001000');
    assert.strictEqual(await page.locator('table.ptes tr[tabindex="0"]').count(), 1, 'one tabbable row per table');
    await page.keyboard.press('Enter');
    assert.strictEqual(await activeKey(page), 'page:257');
    await page.keyboard.press('Escape');
    assert.strictEqual(await activeKey(page), 'pte:1:0x7f0000001000');
    await page.keyboard.press('End');
    assert.strictEqual(await activeKey(page), 'pte:1:0x7f0000003000');
    await page.keyboard.press('ArrowDown'); // crosses into the pages table
    assert.strictEqual(await activeKey(page), 'page:256');
    // Clicking the link in a PTE row also jumps to the page.
    await page.locator('#pte-1-0x7f0000002000 a.page-link').click();
    assert.strictEqual(await activeKey(page), 'page:258');
  });

  it('renders the second stop, marks its changes and keeps keyboard focus on the same row', async () => {
    await page.locator('#pte-1-0x7f0000001000').focus();
    const r = await postState(page, stateAfterSecondPte());
    assert.deepStrictEqual({ ptes: r.ptes, pages: r.pages, changed: r.changed }, { ptes: 4, pages: 5, changed: 3 });
    assert.deepStrictEqual(await page.locator('tr.changed').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key)), [
      'pte:1:0x7f0000001000',
      'page:257',
      'slot:pfns:1',
    ]);
    assert.strictEqual(await page.locator('.delta').count(), 3);
    assert.match((await page.locator('#pte-1-0x7f0000001000').getAttribute('title')) ?? '', /migration\(W\) -> pfn 0x101 \(ptl held by migrate\)/);
    assert.strictEqual(await page.locator('#page-0x101 td.lock').textContent(), 'locked by migrate; waiting: cpu-writer');
    assert.strictEqual(await page.locator('tr.tlb-entry').count(), 0);
    assert.ok((await page.textContent('header.summary'))?.includes('Step 20'));
    assert.strictEqual(await activeKey(page), 'pte:1:0x7f0000001000');

    await page.locator('#page-0x100').focus(); // a focused row shows in the screenshot
    await page.mouse.move(1, 1); // no stray hover highlight
    await page.screenshot({ path: path.join(SHOTS, 'state-step20.png'), fullPage: true });
    assert.ok(fs.statSync(path.join(SHOTS, 'state-step20.png')).size > 10000);
    // The README's picture is refreshed only on request, so a test run leaves the tree clean.
    if (process.env.MMSTEP_UPDATE_SCREENSHOTS === '1') {
      fs.copyFileSync(path.join(SHOTS, 'state-step20.png'), path.join(ROOT, 'media/screenshot-state.png'));
    }
  });

  it('restores the last state after a reload (getState/setState)', async () => {
    await waitSaved(page, 20);
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __posted: Posted[] }).__posted.some((m) => m.type === 'rendered'));
    const r = (await posted(page)).find((m) => m.type === 'rendered');
    assert.strictEqual(r?.step, 20);
    assert.strictEqual(await page.locator('table.ptes tbody tr').count(), 4);
    assert.strictEqual(await page.locator('tr.changed').count(), 3);
  });

  it('shows a readable error for a malformed state instead of failing', async () => {
    await page.evaluate(() => window.postMessage({ type: 'state', state: { step: 1, processes: 'nope' } }, '*'));
    await page.waitForFunction(() => (window as unknown as { __posted: Posted[] }).__posted.some((m) => m.type === 'error'));
    const text = await page.textContent('#root');
    assert.ok(text?.includes('malformed state (state.processes: expected an array, got the string "nope")'), text ?? '');
    // The last good rendering stays, below the error.
    assert.strictEqual(await page.locator('.render-error[role="alert"]').count(), 1);
    assert.ok((await page.textContent('header.summary'))?.includes('Step 20'));
    assert.strictEqual(await page.locator('table.ptes tbody tr.row').count(), 4);
    // A good state afterwards renders normally again.
    const r = await postState(page, stateAtCollect());
    assert.strictEqual(r.ptes, 4);
  });

  it('a malformed packed state (as the host sends states) is rejected with the path of the bad value', async () => {
    const before = (await posted(page)).length;
    const m = stateMessage(stateAtCollect()) as { packed: { pages: { refcount: unknown[] } } };
    m.packed.pages.refcount[2] = 'many';
    await page.evaluate((json) => window.postMessage(JSON.parse(json), '*'), JSON.stringify(m));
    await page.waitForFunction((n) => (window as unknown as { __posted: Posted[] }).__posted.slice(n).some((x) => x.type === 'error'), before);
    const err = (await posted(page)).slice(before).find((x) => x.type === 'error');
    assert.strictEqual(err?.message, 'received a malformed state (state.pages[2].refcount: expected an integer, got the string "many")');
    assert.ok((await page.textContent('header.summary'))?.includes('Step 12'), 'the last good rendering stays');
  });

  it('ran without CSP violations or script errors', async () => {
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    const errors = await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
    assert.deepStrictEqual(violations, []);
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(pageErrors, []);
  });
});
