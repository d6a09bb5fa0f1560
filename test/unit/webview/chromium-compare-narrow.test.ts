// "Compare with step N" in a narrow panel, in headless Chromium (issue 10): each side of a pair is
// a one-row table, and the automatic table layout gave the room a short row does not need to its
// narrow columns, so a page row showed its pfn and counts in wide cells with nothing beside them
// (a right-aligned count far from its border reads as an empty cell) and step N's row no longer
// lined up with now's. Checked: in a side panel's width (pairs stacked) and a bit wider (side by
// side), the pfn, refcount and mapcount cells of a page row are as wide as what they show, and
// the two sides of a pair line up column by column. Saves test/webview/shots/compare-narrow-pages.png.

import * as assert from 'assert';
import * as fs from 'fs';
import type * as http from 'http';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { StateView } from '../../../src/protocol/state';
import { ensureBundle, launchChromium, openView, postState, SHOTS, startServer } from '../../webview/harness';
import { stateAfterSecondPte, stateAtCollect } from './fixtures';

interface CellBox {
  cls: string;
  left: number;
  width: number;
  /** Room in the cell's content box that its text does not use. */
  slack: number;
}

/** The visible cells of the page rows of each side of every page pair, measured. */
async function pagePairs(page: Page): Promise<{ key: string; then: CellBox[]; now: CellBox[] }[]> {
  return page.evaluate(() => {
    const measure = (side: Element | null): CellBox[] =>
      Array.from(side?.querySelectorAll('tr.row.page > td') ?? [])
        .filter((td) => getComputedStyle(td).display !== 'none')
        .map((td) => {
          const cs = getComputedStyle(td);
          const range = document.createRange();
          range.selectNodeContents(td);
          const text = range.getBoundingClientRect().width;
          const box = td.getBoundingClientRect();
          const content = box.width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
          return { cls: td.className.split(' ')[0] === 'num' ? td.className.split(' ')[1] : td.className.split(' ')[0], left: box.left, width: box.width, slack: content - text };
        });
    return Array.from(document.querySelectorAll('.tl-side-by-side tr.tl-pair[data-compare-key^="page:"]')).map((tr) => ({
      key: tr.getAttribute('data-compare-key') ?? '',
      then: measure(tr.querySelector('td.tl-then')),
      now: measure(tr.querySelector('td.tl-now')),
    }));
  });
}

describe('state webview: "compare with step N" page rows in a narrow panel (headless Chromium)', function () {
  this.timeout(60000);
  let browser: Browser;
  let page: Page;
  let server: http.Server;
  const errors: string[] = [];

  before(async () => {
    ensureBundle();
    let origin: string;
    ({ server, origin } = await startServer());
    browser = await launchChromium();
    page = await openView(browser, origin, (e) => errors.push(e), { width: 380, height: 900 });
    const now = stateAfterSecondPte();
    await postState(page, now, now.step);
    const then: StateView = { ...stateAtCollect(), changed: [] };
    await page.evaluate((json) => window.postMessage(JSON.parse(json), '*'), JSON.stringify({ type: 'compare', step: then.step, state: then }));
    await page.waitForSelector('section.tl-comparison tr.tl-pair[data-compare-key^="page:"]');
  });
  after(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  for (const width of [380, 600]) {
    it(`at ${width} px: no page cell wider than what it shows, both sides lined up`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const pairs = await pagePairs(page);
      assert.ok(pairs.length >= 1, 'a page that differs between the two steps');
      if (width === 380) {
        fs.mkdirSync(SHOTS, { recursive: true });
        await page.locator('.tl-side-by-side tr.tl-pair[data-compare-key^="page:"]').first().screenshot({ path: path.join(SHOTS, 'compare-narrow-pages.png') });
      }
      for (const p of pairs) {
        for (const [name, cells] of [['then', p.then], ['now', p.now]] as const) {
          assert.deepStrictEqual(cells.slice(0, 4).map((c) => c.cls), ['chg', 'pfn', 'refcount', 'mapcount'], `${p.key} ${name}: the columns shown`);
          for (const c of cells.slice(1, 4)) assert.ok(c.slack < 6, `${p.key} ${name}: the ${c.cls} cell has ${Math.round(c.slack)} px that nothing uses (${JSON.stringify(cells)})`);
        }
        for (let i = 0; i < 4; i++) {
          const [a, b] = [p.then[i], p.now[i]];
          assert.ok(Math.abs(a.width - b.width) < 2, `${p.key}: the ${a.cls} cells of step N and now differ in width (${a.width} / ${b.width})`);
        }
      }
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scrolling');
    });
  }

  it('raised no page error', () => {
    assert.deepStrictEqual(errors, []);
  });
});
