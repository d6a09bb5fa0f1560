// The page-table picture and the narrow tables in the real webview (headless Chromium): a range
// crossing two pmds draws two pte tables with the boundary between them, laid out so (checked on
// the rendered geometry); the pmd of the current address stands out; culprits are outlined apart
// from changes; the picture is reachable and navigable by keyboard and Enter shows the row in the
// tables; no table or section is wider than the panel at side-panel widths; a new session starts
// at the top; the export buttons post an SVG document and text; a 4096-page state renders with
// a bounded DOM; and screenshots in light, dark and high-contrast themes match the reference
// images in test/webview/reference/ (MMSTEP_UPDATE_REFERENCES=1 rewrites them; copies of the
// screenshots go to test/webview/shots/).

import * as assert from 'assert';
import * as fs from 'fs';
import type * as http from 'http';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ensureBundle, launchChromium, openView, posted, postState, settle, SHOTS, startServer, waitPosted } from '../../webview/harness';
import { matchReference } from '../../webview/pixels';
import { applyTheme, ThemeName } from '../../webview/themes';
import { bigState } from './fixtures';
import { stateCrossingPmds } from './fixtures-pgtable';

async function active(page: Page): Promise<{ cls: string; key?: string; ref?: string; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as (HTMLElement & SVGElement) | null;
    return { cls: el?.getAttribute('class') ?? '', key: el?.dataset?.key, ref: el?.dataset?.ref, tag: el?.tagName ?? '' };
  });
}

describe('page-table picture in headless Chromium', function () {
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
    page = await openView(browser, origin, (e) => pageErrors.push(e), { width: 520, height: 1000 });
    const s = stateCrossingPmds();
    const r = await postState(page, s, s.step);
    assert.deepStrictEqual({ ptes: r.ptes, pages: r.pages }, { ptes: 8, pages: 6 });
    await settle(page);
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  it('draws a range crossing two pmds as two pte tables with the boundary visible between them', async () => {
    assert.strictEqual(await page.locator('svg.pgtable-picture').count(), 1);
    const geo = await page.evaluate(() => {
      const box = (el: Element | null) => (el ? el.getBoundingClientRect() : null);
      const tables = Array.from(document.querySelectorAll('svg.pgtable-picture g.pte-table'));
      const line = document.querySelector('svg.pgtable-picture g.pmd-boundary line');
      const label = document.querySelector('svg.pgtable-picture g.pmd-boundary text');
      const cs = line ? getComputedStyle(line) : null;
      return {
        bases: tables.map((t) => t.getAttribute('data-base')),
        first: box(tables[0]?.querySelector('rect.box') ?? null),
        second: box(tables[1]?.querySelector('rect.box') ?? null),
        line: box(line),
        label: label?.textContent,
        stroke: cs ? [cs.stroke, cs.strokeWidth, cs.display, cs.visibility] : null,
        viewport: innerWidth,
      };
    });
    assert.deepStrictEqual(geo.bases, ['0x7f0000000000', '0x7f0000200000']);
    assert.ok(geo.first && geo.second && geo.line, JSON.stringify(geo));
    assert.ok(geo.first.bottom <= geo.line.top + 0.5 && geo.line.bottom <= geo.second.top + 0.5, `boundary between the tables: ${JSON.stringify(geo)}`);
    assert.ok(geo.line.width > geo.first.width, 'the boundary spans the pmd column and the pte tables');
    assert.strictEqual(geo.label, 'pmd boundary 0x7f0000200000');
    assert.ok(geo.stroke && geo.stroke[0] !== 'none' && parseFloat(geo.stroke[1]) >= 1 && geo.stroke[2] !== 'none' && geo.stroke[3] === 'visible', `boundary drawn: ${geo.stroke}`);
    assert.ok(geo.second.right <= geo.viewport, 'the picture fits the panel');
  });

  it('highlights the pmd of the current address, and outlines culprits apart from changes', async () => {
    const focus = page.locator('svg.pgtable-picture g.pte-table.focus-pmd');
    assert.strictEqual(await focus.getAttribute('data-base'), '0x7f0000200000');
    const widths = await page.evaluate(() => Array.from(document.querySelectorAll('svg.pgtable-picture g.pte-table > rect.box')).map((r) => parseFloat(getComputedStyle(r).strokeWidth)));
    assert.ok(widths[1] > widths[0], `focus outline thicker: ${widths}`);
    assert.match((await focus.locator('text.box-title').textContent()) ?? '', /^▶ pte table pmd\[1\] · 2\/512$/);
    assert.match((await page.locator('svg.pgtable-picture g.pt-row.focus').textContent()) ?? '', /▶ \[1\] none/);
    // Culprit: ✖ in the picture and in the table, a solid outline; a plain change stays dashed.
    assert.match((await page.locator('svg g.pt-row.culprit[data-ref="pte:1:0x7f00001fd000"] text').textContent()) ?? '', /^✖Δ \[509\] migration W/);
    const outline = async (sel: string) => page.locator(sel).evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.strictEqual(await outline('#pte-1-0x7f00001fd000'), 'solid');
    assert.strictEqual(await page.locator('#pte-1-0x7f00001fd000 .culprit-mark').textContent(), '✖');
    assert.strictEqual(await outline('#pte-1-0x7f0000200000'), 'dashed');
    assert.strictEqual(await page.locator('#page-0x101 .culprit-mark').count(), 1);
    // Stale TLB entries and migration entries: dashed, and said in words.
    assert.match((await page.locator('svg g.tlb-run.stale').textContent()) ?? '', /⚠ stale/);
    assert.strictEqual(await page.locator('svg path.arrow.from-stale').evaluate((el) => getComputedStyle(el).strokeDasharray), '2px, 2px');
    // Migration entries dotted, changes dashed: apart by shape, not by colour only.
    assert.strictEqual(await page.locator('svg g.pte-run.kind-migration:not(.changed) rect.row-box').first().evaluate((el) => getComputedStyle(el).strokeDasharray), '1px, 2px');
    assert.strictEqual(await page.locator('svg g.pte-run.changed:not(.culprit) rect.row-box').first().evaluate((el) => getComputedStyle(el).strokeDasharray), '5px, 2px');
    // An all-zero array is said to be all zero, not trimmed to one slot.
    assert.strictEqual(await page.locator('table.migrate-array[aria-label="migration array dst"] td.zeros-text').textContent(), 'all 8 slots 0');
  });

  it('is reachable by Tab; arrows move within and between its tables; Enter shows the row in the tables', async () => {
    await page.evaluate(() => scrollTo(0, 0));
    await page.locator('button[data-export="text"]').focus();
    await page.keyboard.press('Tab');
    assert.match((await active(page)).cls, /pt-box upper pgd/);
    for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
    const table = await active(page);
    assert.match(table.cls, /pte-table/);
    await page.keyboard.press('ArrowDown');
    assert.strictEqual((await active(page)).ref, 'pte:1:0x7f00001fc000');
    await page.keyboard.press('ArrowDown');
    assert.strictEqual((await active(page)).ref, 'pte:1:0x7f00001fd000');
    await page.keyboard.press('End');
    assert.strictEqual((await active(page)).ref, 'pte:1:0x7f00001ff000');
    await page.keyboard.press('Escape');
    assert.match((await active(page)).cls, /pte-table/);
    await page.keyboard.press('ArrowRight');
    assert.match((await active(page)).cls, /pte-table focus-pmd/, 'the next box is the second pte table');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const inTable = await active(page);
    assert.deepStrictEqual([inTable.tag, inTable.key], ['TR', 'pte:1:0x7f0000200000']);
    await page.keyboard.press('Escape');
    assert.deepStrictEqual(await active(page), { cls: 'pt-row pte-run kind-present changed', key: undefined, ref: 'pte:1:0x7f0000200000', tag: 'g' }, 'Escape comes back to the picture');
    // Tab from the picture's last box leaves it (frames → the PTE table).
    await page.locator('svg g.pt-box.frames').focus();
    await page.keyboard.press('ArrowDown');
    assert.strictEqual((await active(page)).ref, 'page:256');
    await page.keyboard.press('Enter');
    assert.strictEqual((await active(page)).key, 'page:256');
  });

  it('never needs sideways scrolling at side-panel widths; narrow panels fold the columns that matter least', async () => {
    for (const width of [360, 480, 800]) {
      await page.setViewportSize({ width, height: 1000 });
      await settle(page);
      const r = await page.evaluate(() => ({
        doc: document.documentElement.scrollWidth - innerWidth,
        wide: Array.from(document.querySelectorAll('section, table')).filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > innerWidth + 0.5).map((e) => e.className),
        raw: getComputedStyle(document.querySelector('table.ptes td.raw') as Element).display,
        bits: getComputedStyle(document.querySelector('table.ptes td.bits') as Element).display,
      }));
      assert.strictEqual(r.doc, 0, `width ${width}: document scrolls sideways by ${r.doc}px`);
      assert.deepStrictEqual(r.wide, [], `width ${width}`);
      assert.strictEqual(r.raw === 'none', width < 680, `width ${width}: raw column ${r.raw}`);
      assert.strictEqual(r.bits === 'none', width < 440, `width ${width}: bits column ${r.bits}`);
    }
    await page.setViewportSize({ width: 520, height: 1000 });
  });

  it('a new session starts at the top (after `ended`, or when the host says reset)', async () => {
    const s = stateCrossingPmds();
    await page.evaluate(() => scrollTo(0, 600));
    await postState(page, { ...s, step: 32 }, 32);
    assert.ok((await page.evaluate(() => scrollY)) > 500, 'a stop of the same session keeps the scroll position');
    const before = (await posted(page)).length;
    await page.evaluate(() => window.postMessage({ type: 'ended' }, '*'));
    await waitPosted(page, before, 'rendered', 32);
    await postState(page, { ...s, step: 1 }, 1);
    assert.strictEqual(await page.evaluate(() => scrollY), 0);
    await page.evaluate(() => scrollTo(0, 600));
    const n = (await posted(page)).length;
    await page.evaluate((json) => window.postMessage({ type: 'state', state: JSON.parse(json), reset: true }, '*'), JSON.stringify({ ...s, step: 2 }));
    await waitPosted(page, n, 'rendered', 2);
    assert.strictEqual(await page.evaluate(() => scrollY), 0);
  });

  it('exports the picture as a standalone SVG document with resolved colours, and as text', async () => {
    const n = (await posted(page)).length;
    await page.locator('button[data-export="svg"]').click();
    await page.locator('button[data-export="text"]').click();
    const got = await page.evaluate((from) => (window as unknown as { __posted: { type: string; format?: string; content?: string; name?: string }[] }).__posted.slice(from).filter((m) => m.type === 'export'), n);
    assert.deepStrictEqual(got.map((m) => [m.format, m.name]), [
      ['svg', 'mmstep-step2-pid1.svg'],
      ['text', 'mmstep-step2-pid1.txt'],
    ]);
    const svg = got[0].content ?? '';
    assert.ok(svg.startsWith('<?xml'), svg.slice(0, 40));
    assert.ok(!svg.includes('var(--'), 'no CSS variables left');
    const parsed = await page.evaluate((src) => {
      const d = new DOMParser().parseFromString(src, 'image/svg+xml');
      return { error: d.querySelector('parsererror')?.textContent ?? null, tables: d.querySelectorAll('g[data-base]').length, fill: d.querySelector('text')?.getAttribute('fill') };
    }, svg);
    assert.deepStrictEqual([parsed.error, parsed.tables], [null, 2]);
    assert.match(parsed.fill ?? '', /^rgb/);
    assert.match(got[1].content ?? '', /---- pmd boundary 0x7f0000200000 ----/);
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as ThemeName[]) {
    it(`looks as the reference image in the ${theme} theme`, async () => {
      const s = stateCrossingPmds();
      await postState(page, { ...s, step: 40 }, 40);
      await applyTheme(page, theme);
      await page.evaluate(() => {
        scrollTo(0, 0);
        (document.activeElement as HTMLElement | null)?.blur();
      });
      await page.mouse.move(515, 995);
      await settle(page);
      fs.mkdirSync(SHOTS, { recursive: true });
      fs.writeFileSync(path.join(SHOTS, `panel-${theme}.png`), await page.screenshot());
      // The process section only (picture and PTE table): what is above it (the timeline strip,
      // the violations) is other tests' business.
      const shot = await page.locator('section.process').screenshot();
      fs.writeFileSync(path.join(SHOTS, `picture-${theme}.png`), shot);
      const problem = await matchReference(browser, `picture-${theme}.png`, shot);
      assert.strictEqual(problem, undefined);
    });
  }

  it('renders a 4096-page state: every row counted, a bounded DOM, the picture aggregated', async () => {
    await applyTheme(page, 'dark');
    const t0 = Date.now();
    const r = await postState(page, bigState(4096, 50), 50);
    await settle(page);
    const ms = Date.now() - t0;
    assert.deepStrictEqual({ ptes: r.ptes, pages: r.pages }, { ptes: 4096, pages: 4096 });
    const dom = await page.evaluate(() => ({
      rows: document.querySelectorAll('tr.row').length,
      svgNodes: document.querySelectorAll('svg.pgtable-picture *').length,
      tables: document.querySelectorAll('svg.pgtable-picture g.pte-table').length,
      boundaries: document.querySelectorAll('svg.pgtable-picture g.pmd-boundary').length,
      rowcount: document.querySelector('table.ptes')?.getAttribute('aria-rowcount'),
    }));
    assert.strictEqual(dom.rowcount, '4097');
    assert.ok(dom.rows > 0 && dom.rows <= 400, `${dom.rows} DOM rows for 3 × 4096 table rows`);
    assert.deepStrictEqual([dom.tables, dom.boundaries], [8, 7]);
    assert.ok(dom.svgNodes < 1500, `${dom.svgNodes} SVG nodes`);
    fs.writeFileSync(path.join(SHOTS, 'picture-4096.png'), await page.screenshot());
    console.log(`      (4096 pages: rendered and settled in ${ms} ms, ${dom.rows} DOM rows, ${dom.svgNodes} SVG nodes)`);
  });

  it('ran without script errors', () => {
    assert.deepStrictEqual(pageErrors, []);
  });
});
