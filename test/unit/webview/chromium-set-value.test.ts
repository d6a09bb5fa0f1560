// "Set value…" in the real state webview, headless Chromium (issue 10): the note of a clicked page
// row offers a button per settable field and a click asks the host (setValue with the field);
// F2 on a focused PTE row, reached by keyboard, asks for that row; the host's answer shows as a
// status line (a refusal as an alert), and the state that follows marks what was set: ✎ in the
// row, the field's cell outlined; the row worked on is not left under the sticky region as it
// grows. Saves test/webview/shots/set-value.png. No CSP violation.

import * as assert from 'assert';
import * as fs from 'fs';
import type * as http from 'http';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { StateView } from '../../../src/protocol/state';
import { ensureBundle, launchChromium, openView, posted, postState, SHOTS, startServer } from '../../webview/harness';
import { stateAtCollect } from './fixtures';

async function send(page: Page, m: unknown): Promise<void> {
  await page.evaluate((json) => window.postMessage(JSON.parse(json), '*'), JSON.stringify(m));
}

async function sent(page: Page, type: string, from: number): Promise<Record<string, unknown>[]> {
  return ((await posted(page)).slice(from) as unknown as Record<string, unknown>[]).filter((m) => m.type === type);
}

describe('state webview: Set value from the panel (headless Chromium)', function () {
  this.timeout(60000);
  let browser: Browser;
  let page: Page;
  let server: http.Server;
  const errors: string[] = [];
  const s0 = stateAtCollect();
  const pageKey = s0.pages[0].key;

  before(async () => {
    ensureBundle();
    let origin: string;
    ({ server, origin } = await startServer());
    browser = await launchChromium();
    page = await openView(browser, origin, (e) => errors.push(e), { width: 700, height: 900 });
    await postState(page, s0, s0.step);
  });
  after(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  it("a page row's note offers its fields; a click asks the host to set one", async () => {
    let from = (await posted(page)).length;
    await page.locator(`#root tr[data-key="${pageKey}"] td.pfn`).click();
    assert.deepStrictEqual(await sent(page, 'revealLastWrite', from), [{ type: 'revealLastWrite', key: pageKey }]);
    await send(page, { type: 'lastWrite', key: pageKey, dataBreakpoints: true, result: { key: pageKey, step: 0, initial: true, value: 'pfn 0x100: refcount 2' } });
    await page.waitForSelector('section.tl-last-write .tl-set-values button.tl-set-value');
    assert.deepStrictEqual(await page.locator('.tl-set-values button.tl-set-value').allTextContents(), ['refcount', 'mapcount', 'locked', 'lru', 'pins', 'dirty', 'content']);
    from = (await posted(page)).length;
    await page.click('.tl-set-values button.tl-set-value:has-text("pins")');
    assert.deepStrictEqual(await sent(page, 'setValue', from), [{ type: 'setValue', key: pageKey, field: 'pins' }]);
  });

  it('F2 on a PTE row reached by keyboard asks for that row', async () => {
    const pte = page.locator('#root tr[data-key^="pte:"]').first();
    const key = (await pte.getAttribute('data-key'))!;
    await pte.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    assert.strictEqual(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key), key, 'the row has the keyboard focus');
    const from = (await posted(page)).length;
    await page.keyboard.press('F2');
    assert.deepStrictEqual(await sent(page, 'setValue', from), [{ type: 'setValue', key }]);
  });

  it('the answer shows as a status line; the state that follows marks what was set', async () => {
    const p = s0.pages[0];
    const from = (await posted(page)).length;
    await send(page, { type: 'valueSet', key: pageKey, field: 'pins', ok: true, what: `page 0x${p.pfn.toString(16)} pins`, value: '2 (refcount 4)', step: s0.step });
    await page.waitForSelector('p.tl-value-set[role="status"]');
    assert.match((await page.textContent('p.tl-value-set')) ?? '', new RegExp(`✎ page 0x${p.pfn.toString(16)} pins set to 2 \\(refcount 4\\) at step ${s0.step} — recorded in the run`));
    // The note on that row asks again where it was last written (now: the edit).
    assert.deepStrictEqual(await sent(page, 'revealLastWrite', from), [{ type: 'revealLastWrite', key: pageKey }]);
    const edited: StateView = { ...s0, pages: s0.pages.map((x, i) => (i === 0 ? { ...x, pins: 2, refcount: x.refcount + 2 } : x)), changed: [pageKey], edited: [`${pageKey}:pins`, `${pageKey}:refcount`] };
    await postState(page, edited, edited.step);
    const row = page.locator(`#root tr[data-key="${pageKey}"]`);
    assert.strictEqual(await row.locator('.edited-mark').count(), 1, 'a ✎ in the row');
    assert.deepStrictEqual(await row.locator('td.edited').evaluateAll((tds) => tds.map((td) => td.className.split(' ').find((c: string) => c === 'pins' || c === 'refcount'))), ['refcount', 'pins']);
    const outline = await row.locator('td.edited').first().evaluate((td) => getComputedStyle(td).outlineStyle);
    assert.strictEqual(outline, 'dotted');
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'set-value.png') });
    // A refusal is an alert; the next stop elsewhere clears the line.
    await send(page, { type: 'valueSet', key: pageKey, field: 'lru', ok: false, what: 'page 0x100 lru', message: "lru can be set to 'lru' or 'none'" });
    await page.waitForSelector('p.tl-value-set.failed[role="alert"]');
    assert.strictEqual(await page.textContent('p.tl-value-set.failed'), "Cannot set page 0x100 lru: lru can be set to 'lru' or 'none'");
    await send(page, { type: 'valueSet', key: pageKey, field: 'pins', ok: true, what: 'page 0x100 pins', value: '3', step: s0.step });
    await postState(page, { ...edited, step: s0.step + 1, edited: undefined, changed: [] }, s0.step + 1);
    assert.strictEqual(await page.locator('p.tl-value-set').count(), 0, 'the line belongs to its step');
    assert.strictEqual(await page.locator('#root .edited-mark').count(), 0, 'no ✎ at the next step');
  });

  it('the row worked on stays in view when the sticky region above grows (note, status line)', async () => {
    await page.setViewportSize({ width: 700, height: 520 });
    const row = page.locator(`#root tr[data-key="${pageKey}"]`);
    // Scrolled so that the row is right under the region, then clicked: the note makes the region taller.
    await page.locator('#timeline-root .tl-last-write-close').click();
    await row.evaluate((r) => {
      const region = document.getElementById('timeline-root')!.getBoundingClientRect();
      window.scrollBy(0, r.getBoundingClientRect().top - region.bottom - 2);
    });
    await row.locator('td.pfn').click();
    await send(page, { type: 'lastWrite', key: pageKey, dataBreakpoints: true, result: { key: pageKey, step: 3, edit: true, value: 'pfn 0x100: refcount 4' } });
    await page.waitForSelector('section.tl-last-write .tl-set-values');
    assert.match((await page.textContent('section.tl-last-write p')) ?? '', /last changed by the debugger \(Set Value\) at step 3/);
    await send(page, { type: 'valueSet', key: pageKey, field: 'pins', ok: true, what: 'page 0x100 pins', value: '2', step: s0.step + 1 });
    await page.waitForSelector('p.tl-value-set');
    const [rowTop, regionBottom] = await row.evaluate((r) => [r.getBoundingClientRect().top, document.getElementById('timeline-root')!.getBoundingClientRect().bottom]);
    assert.ok(rowTop >= regionBottom - 1, `the row (top ${rowTop}) is under the region (bottom ${regionBottom})`);
    await page.setViewportSize({ width: 700, height: 900 });
  });

  it('raised no page error and no CSP violation', async () => {
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), []);
  });
});
