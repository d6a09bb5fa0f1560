// The state webview at scale, in headless Chromium: a 50,000-page migration (50,000 PTEs, pages
// and slots) renders with a bounded number of DOM rows, scrolling builds the rows that come into
// view (with their change markers), keyboard navigation and PTE → page links reach rows that
// were never built, and focus survives its row being scrolled out. Writes a screenshot of a
// 10,000-page state after scrolling (test/webview/shots/state-10000-scrolled.png).

import * as assert from 'assert';
import type * as http from 'http';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ensureBundle, launchChromium, openView, postState, settle, SHOTS, startServer } from '../../webview/harness';
import { bigState } from './fixtures';

const N = 50_000;
const addr = (i: number): string => '0x' + (0x7f0000000000 + i * 0x1000).toString(16);

async function activeKey(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key);
}

/** data-index of the built rows of a table, in DOM order. */
async function builtIndexes(page: Page, table: string): Promise<number[]> {
  return page.locator(`${table} tbody tr.row`).evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.index)));
}

/** Is the element fully inside the viewport (below the sticky header)? */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, selector);
}

describe('state webview at scale (virtual rows) in headless Chromium', function () {
  this.timeout(120000);
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
    const r = await postState(page, bigState(N), 1);
    assert.deepStrictEqual({ ptes: r.ptes, pages: r.pages }, { ptes: N, pages: N });
    await settle(page);
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  it('renders 50,000 pages with a bounded number of DOM rows and the full scroll height', async () => {
    const rows = await page.locator('tr.row').count();
    assert.ok(rows > 0 && rows <= 600, `${rows} DOM rows for ${3 * N} table rows`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height > 3 * N * 15, `scroll height ${height}px is less than the rows it stands for`);
    assert.strictEqual(await page.locator('table.ptes').getAttribute('aria-rowcount'), String(N + 1));
    // The first rows are built, with their change markers.
    assert.strictEqual(await page.locator('table.ptes tbody tr.row').first().getAttribute('data-key'), `pte:1:${addr(0)}`);
    assert.ok(await page.locator(`table.ptes tr.changed[data-key="pte:1:${addr(0)}"] .delta`).count(), 'row 0 carries its Δ');
  });

  it('scrolling builds the rows in view, in order, with their own content and change markers', async () => {
    // Scroll to about row 25,000 of the pages table (row height taken from a PTE row).
    await page.evaluate((i) => {
      const tbody = document.querySelector('table.pages tbody') as HTMLElement;
      const rowPx = (document.querySelector('table.ptes tr.row') as HTMLElement).getBoundingClientRect().height;
      scrollTo(0, scrollY + tbody.getBoundingClientRect().top + i * rowPx - innerHeight / 2);
    }, 25_000);
    await settle(page);
    const idx = await builtIndexes(page, 'table.pages');
    assert.ok(idx.length > 10 && idx.length <= 200, `${idx.length} page rows built`);
    idx.forEach((v, k) => assert.strictEqual(v, idx[0] + k, 'built rows are contiguous'));
    // The row under the middle of the viewport is where the table's geometry puts it, near 25,000,
    // and shows its own page.
    const mid = await page.evaluate(() => {
      const el = document.elementFromPoint(200, innerHeight / 2)?.closest('tr.row') as HTMLElement | null;
      const tbody = document.querySelector('table.pages tbody') as HTMLElement;
      if (!el) return undefined;
      const h = el.getBoundingClientRect().height;
      const expected = Math.floor((innerHeight / 2 - tbody.getBoundingClientRect().top) / h);
      return { index: Number(el.dataset.index), expected, pfn: el.querySelector('td.pfn')?.textContent };
    });
    assert.ok(mid && Math.abs(mid.index - mid.expected) <= 2 && Math.abs(mid.index - 25_000) < 2_500, `row in the middle: ${JSON.stringify(mid)}`);
    assert.strictEqual(mid!.pfn, '0x' + (0x100 + mid!.index).toString(16));
    // Scroll exactly to changed row 25,000: it is built with its outline class and Δ marker.
    await page.evaluate(() => {
      const tbody = document.querySelector('table.pages tbody') as HTMLElement;
      const h = (tbody.querySelector('tr.row') as HTMLElement).getBoundingClientRect().height;
      scrollTo(0, scrollY + tbody.getBoundingClientRect().top + 25_000 * h - innerHeight / 2);
    });
    await settle(page);
    // Row 25,000 is changed (every 1000th is): outline class and Δ marker are there.
    assert.strictEqual(await page.locator('#page-0x' + (0x100 + 25_000).toString(16) + '.changed .delta').count(), 1);
    // Far rows are not built.
    assert.strictEqual(await page.locator('#page-0x100').count(), 0);
    assert.strictEqual(await page.locator('tr.row').count() <= 600, true);
  });

  it('keyboard navigation reaches rows outside the initial window (ArrowDown, End, into the next table)', async () => {
    await page.evaluate(() => scrollTo(0, 0));
    await settle(page);
    await page.locator('table.ptes tbody tr.row').first().click();
    assert.strictEqual(await activeKey(page), `pte:1:${addr(0)}`);
    for (let k = 0; k < 150; k++) await page.keyboard.press('ArrowDown');
    assert.strictEqual(await activeKey(page), `pte:1:${addr(150)}`);
    assert.ok(await inView(page, `#pte-1-${addr(150)}`), 'the focused row is scrolled into view');
    await page.keyboard.press('End');
    assert.strictEqual(await activeKey(page), `pte:1:${addr(N - 1)}`);
    assert.ok(await inView(page, `#pte-1-${addr(N - 1)}`));
    assert.strictEqual(await page.locator('table.ptes tr.row[tabindex="0"]').count(), 1, 'one tabbable row per table');
    await page.keyboard.press('ArrowDown'); // crosses into the pages table
    assert.strictEqual(await activeKey(page), 'page:256');
    await page.keyboard.press('ArrowUp');
    assert.strictEqual(await activeKey(page), `pte:1:${addr(N - 1)}`);
    await page.keyboard.press('Home');
    assert.strictEqual(await activeKey(page), `pte:1:${addr(0)}`);
    assert.ok((await page.locator('tr.row').count()) <= 600);
  });

  it('follows a PTE link to a page row that was not built, and Escape comes back', async () => {
    await page.keyboard.press('End');
    const from = `pte:1:${addr(N - 1)}`;
    assert.strictEqual(await activeKey(page), from);
    const pageId = '#page-0x' + (0x100 + N - 1).toString(16);
    assert.strictEqual(await page.locator(pageId).count(), 0, 'the target page row is not built yet');
    await page.keyboard.press('Enter');
    assert.strictEqual(await activeKey(page), `page:${0x100 + N - 1}`);
    assert.ok(await inView(page, pageId), 'the linked page row is scrolled into view');
    await page.keyboard.press('Escape');
    assert.strictEqual(await activeKey(page), from);
    // A click on the link of PTE 0 jumps to page row 0, past 50,000 rows.
    await page.keyboard.press('Home');
    await page.locator(`#pte-1-${addr(0)} a.page-link`).click();
    assert.strictEqual(await activeKey(page), 'page:256');
    assert.ok(await inView(page, '#page-0x100'));
  });

  it('keeps keyboard focus in the table when the focused row scrolls out, and comes back to it', async () => {
    await page.locator('#page-0x100').focus();
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await settle(page);
    assert.strictEqual(await page.locator('#page-0x100').count(), 0, 'the focused row was scrolled out');
    assert.strictEqual(await page.evaluate(() => document.activeElement?.tagName), 'TABLE');
    await page.keyboard.press('ArrowDown');
    assert.strictEqual(await activeKey(page), 'page:257');
    assert.ok(await inView(page, '#page-0x101'));
  });

  it('a new stop keeps the scroll position and the focused row', async () => {
    const before = await page.evaluate(() => scrollY);
    const r = await postState(page, bigState(N, 2), 2);
    assert.strictEqual(r.pages, N);
    await settle(page);
    const after = await page.evaluate(() => scrollY);
    assert.ok(Math.abs(after - before) < 50, `scrollY ${before} → ${after}`);
    assert.strictEqual(await activeKey(page), 'page:257');
  });

  it('shows a 10,000-page state after scrolling (screenshot)', async () => {
    const r = await postState(page, bigState(10_000, 3), 3);
    assert.strictEqual(r.pages, 10_000);
    await page.evaluate(() => {
      const tbody = document.querySelector('table.pages tbody') as HTMLElement;
      const rowPx = (document.querySelector('tr.row') as HTMLElement).getBoundingClientRect().height;
      scrollTo(0, scrollY + tbody.getBoundingClientRect().top + 4_990 * rowPx - 120);
    });
    await settle(page);
    await page.mouse.move(1, 1);
    const shot = path.join(SHOTS, 'state-10000-scrolled.png');
    await page.screenshot({ path: shot });
    const rows = await builtIndexes(page, 'table.pages');
    assert.ok(rows.includes(5_000), `row 5,000 built (${rows[0]}..${rows.at(-1)})`);
  });

  it('ran without script errors', () => {
    assert.deepStrictEqual(pageErrors, []);
  });
});
