// The timeline strip of the real state webview in headless Chromium (issue 10): stages and marks
// drawn with distinct shapes, the current position, clicks, the slider (keyboard) and the [ ]
// keys asking the host to move the debugger, a move asked while one is under way made after it,
// "compare with step N" side by side (two columns, stacked in a narrow panel), and a click on a PTE or page row asking where it was last
// written, with data breakpoints offered. No CSP violation. Saves test/webview/shots/timeline.png.

import * as assert from 'assert';
import * as fs from 'fs';
import type * as http from 'http';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { StateView } from '../../../src/protocol/state';
import type { TimelineView } from '../../../src/protocol/timeline';
import { ensureBundle, launchChromium, openView, posted, postState, SHOTS, startServer } from '../../webview/harness';
import { applyTheme, THEMES, type ThemeName } from '../../webview/themes';
import { stateAfterSecondPte, stateAtCollect } from './fixtures';

const TIMELINE: TimelineView = {
  position: 120,
  recorded: 400,
  stages: [
    { step: 0, name: 'start' },
    { step: 40, name: 'collect' },
    { step: 150, name: 'lock & isolate' },
    { step: 260, name: 'unmap' },
  ],
  marks: [
    { step: 60, kind: 'breakpoint', label: 'breakpoint' },
    { step: 90, kind: 'change', label: 'Δ 1: pte:1:0x7f0000000000' },
    { step: 120, kind: 'breakpoint', label: 'breakpoint' },
    { step: 300, kind: 'violation', label: '⚠ mapcount' },
  ],
};

async function send(page: Page, m: unknown): Promise<void> {
  await page.evaluate((json) => window.postMessage(JSON.parse(json), '*'), JSON.stringify(m));
}

/** The messages of `type` the webview posted since `from`. */
async function sent(page: Page, type: string, from = 0): Promise<Record<string, unknown>[]> {
  return ((await posted(page)).slice(from) as unknown as Record<string, unknown>[]).filter((m) => m.type === type);
}

async function until<T>(f: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await f();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('state webview: the timeline strip in headless Chromium', function () {
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
    page = await openView(browser, origin, (e) => errors.push(e), { width: 900, height: 800 });
    await postState(page, stateAtCollect(), stateAtCollect().step);
    await send(page, { type: 'timeline', timeline: TIMELINE });
    await page.waitForSelector('section.timeline');
  });
  after(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  it('draws the stages, the marks by shape and the current position', async () => {
    assert.strictEqual((await page.textContent('.tl-where'))?.trim(), 'Step 120 of 400 · collect');
    assert.deepStrictEqual(await page.locator('svg.tl-strip .tl-stage text').allTextContents(), ['start', 'collect', 'lock & isolate', 'unmap']);
    assert.strictEqual(await page.locator('svg.tl-strip circle.tl-mark-breakpoint').count(), 2);
    assert.strictEqual(await page.locator('svg.tl-strip path.tl-mark-change').count(), 1);
    assert.strictEqual(await page.locator('svg.tl-strip path.tl-mark-violation').count(), 1);
    assert.strictEqual(await page.locator('svg.tl-strip .tl-stage.current text').textContent(), 'collect');
    // The ▼ line at 120/400 of the strip's width.
    assert.strictEqual(await page.getAttribute('.tl-position line', 'x1'), '300');
    assert.deepStrictEqual(await page.locator('button.tl-mark-button').allTextContents(), ['● 60', 'Δ 90', '● 120', '⚠ 300']);
    assert.strictEqual(await page.getAttribute('input.tl-scrub', 'max'), '400');
    assert.strictEqual(await page.inputValue('input.tl-scrub'), '120');
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.locator('#timeline-root').screenshot({ path: path.join(SHOTS, 'timeline.png') });
  });

  it('asks the host to move: a mark button, the ] key, the strip itself, the slider by keyboard', async () => {
    let from = (await posted(page)).length;
    await page.click('button.tl-mark-button:has-text("⚠ 300")');
    assert.deepStrictEqual(await sent(page, 'gotoStep', from), [{ type: 'gotoStep', step: 300 }]);
    // While that move is under way, a further one waits for the debugger to arrive.
    from = (await posted(page)).length;
    await page.click('button.tl-mark-button:has-text("● 60")');
    assert.deepStrictEqual(await sent(page, 'gotoStep', from), []);
    await send(page, { type: 'timeline', timeline: { ...TIMELINE, position: 300 } });
    assert.deepStrictEqual(await until(async () => ((await sent(page, 'gotoStep', from)).length ? sent(page, 'gotoStep', from) : undefined), 'the waiting move'), [{ type: 'gotoStep', step: 60 }]);
    await send(page, { type: 'timeline', timeline: { ...TIMELINE, position: 60 } });
    await page.waitForSelector('section.timeline[data-position="60"]');

    from = (await posted(page)).length;
    await page.keyboard.press(']');
    assert.deepStrictEqual(await sent(page, 'gotoStep', from), [{ type: 'gotoStep', step: 90 }]);
    await send(page, { type: 'timeline', timeline: { ...TIMELINE, position: 90 } });
    await page.waitForSelector('section.timeline[data-position="90"]');

    // A click on the strip at 3/4 of its width: step 300 of 400.
    from = (await posted(page)).length;
    const box = (await page.locator('svg.tl-strip').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.75, box.y + 4);
    assert.deepStrictEqual(await sent(page, 'gotoStep', from), [{ type: 'gotoStep', step: 300 }]);
    await send(page, { type: 'timeline', timeline: { ...TIMELINE, position: 300 } });
    await page.waitForSelector('section.timeline[data-position="300"]');

    from = (await posted(page)).length;
    await page.focus('input.tl-scrub');
    await page.keyboard.press('ArrowRight');
    assert.deepStrictEqual(await sent(page, 'gotoStep', from), [{ type: 'gotoStep', step: 301 }]);
    await send(page, { type: 'timeline', timeline: { ...TIMELINE, position: 301 } });
    await page.waitForSelector('section.timeline[data-position="301"]');
    assert.strictEqual(await page.evaluate(() => document.activeElement?.className), 'tl-scrub', 'the slider keeps the focus');
    assert.strictEqual(await page.inputValue('input.tl-scrub'), '301');
  });

  it('compares with step N side by side, differences marked', async () => {
    const from = (await posted(page)).length;
    await page.fill('input.tl-compare-step', '12');
    await page.click('button.tl-compare');
    assert.deepStrictEqual(await sent(page, 'compare', from), [{ type: 'compare', step: 12 }]);
    await postState(page, stateAfterSecondPte(), stateAfterSecondPte().step);
    const then: StateView = { ...stateAtCollect(), changed: [] };
    await send(page, { type: 'compare', step: 12, state: then });
    await page.waitForSelector('section.tl-comparison table.tl-side-by-side');
    const pairs = page.locator('.tl-side-by-side tr.tl-pair');
    const n = await pairs.count();
    assert.ok(n >= 1, 'at least the PTE that changed');
    const keys = await pairs.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-compare-key')));
    assert.ok(keys.includes('pte:1:0x7f0000001000'), keys.join(' '));
    assert.match((await page.textContent('.tl-comparison h2')) ?? '', new RegExp(`Step 12 \\(collect\\) ↔ now, step ${stateAfterSecondPte().step}.*${n} difference`));
    // Side by side at this width: the two cells of a pair share a line, left then right, same height.
    const pair = page.locator('.tl-side-by-side tr.tl-pair[data-compare-key="pte:1:0x7f0000001000"]');
    const [l, r] = await pair.locator('> td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON() as DOMRect));
    assert.ok(l.right <= r.left + 1 && Math.abs(l.top - r.top) < 1 && Math.abs(l.height - r.height) < 1, JSON.stringify([l, r]));
    assert.strictEqual(await pair.locator('tr.row.pte.changed').count(), 2, 'the panel\'s PTE row on both sides, marked');
    await page.locator('section.tl-comparison').screenshot({ path: path.join(SHOTS, 'timeline-compare-wide.png') });
    // A side panel's width: the pairs stack, step N above now.
    await page.setViewportSize({ width: 380, height: 800 });
    const [l2, r2] = await pair.locator('> td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON() as DOMRect));
    assert.ok(l2.bottom <= r2.top + 1 && Math.abs(l2.left - r2.left) < 2, JSON.stringify([l2, r2]));
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scrolling');
    await page.locator('section.tl-comparison').screenshot({ path: path.join(SHOTS, 'timeline-compare-narrow.png') });
    await page.setViewportSize({ width: 900, height: 800 });
    // Unchanged objects on request.
    await page.check('input.tl-compare-all');
    assert.ok((await pairs.count()) > n, 'unchanged objects listed too');
    await page.uncheck('input.tl-compare-all');
    await page.click('button.tl-compare-close');
    assert.strictEqual(await page.locator('section.tl-comparison').count(), 0);
  });

  it('a click on a PTE row asks where it was last written; data breakpoints are offered', async () => {
    const from = (await posted(page)).length;
    const row = page.locator('#root tr[data-key^="pte:"]').first();
    const key = (await row.getAttribute('data-key'))!;
    await row.locator('td.addr').click();
    assert.deepStrictEqual(await sent(page, 'revealLastWrite', from), [{ type: 'revealLastWrite', key }]);
    await send(page, {
      type: 'lastWrite',
      key,
      dataBreakpoints: true,
      result: { key, step: 57, value: '0x7f0000000000: migration(W) -> pfn 0x100', at: { file: '/x/kernel/mm/migrate_device.c', line: 248, column: 4, function: 'migrate_vma_collect_pmd' }, thread: { id: 1, name: 'main' } },
    });
    await page.waitForSelector('section.tl-last-write button.tl-data-breakpoint');
    assert.match((await page.textContent('section.tl-last-write p')) ?? '', /last changed at step 57 by migrate_vma_collect_pmd\(\) mm\/migrate_device\.c:248 \(thread main\)/);
    const before = (await posted(page)).length;
    await page.click('button.tl-data-breakpoint');
    assert.deepStrictEqual(await sent(page, 'dataBreakpoint', before), [{ type: 'dataBreakpoint', dataId: key }]);

    // A page row, by keyboard (W on the focused row): its fields as data breakpoints.
    const pageRow = page.locator('#root tr[data-key^="page:"]').first();
    const pkey = (await pageRow.getAttribute('data-key'))!;
    const f2 = (await posted(page)).length;
    await pageRow.focus();
    await page.keyboard.press('w');
    assert.deepStrictEqual(await sent(page, 'revealLastWrite', f2), [{ type: 'revealLastWrite', key: pkey }]);
    await send(page, { type: 'lastWrite', key: pkey, dataBreakpoints: true, result: { key: pkey, step: 0, initial: true, value: 'pfn 0x100: refcount 2' } });
    await page.waitForSelector('section.tl-last-write[data-key-shown^="page:"]');
    assert.deepStrictEqual(await page.locator('button.tl-data-breakpoint').allTextContents(), ['refcount', 'mapcount', 'locked', 'lru', 'pins', 'dirty', 'content']);
    assert.match((await page.textContent('section.tl-last-write p')) ?? '', /unchanged since the start of the run/);
  });

  it('takes its colours from the theme (light, dark, high contrast); the marks keep their shapes', async () => {
    for (const theme of Object.keys(THEMES) as ThemeName[]) {
      await applyTheme(page, theme);
      const focus = THEMES[theme].vars['--vscode-focusBorder'];
      const stroke = await page.evaluate(() => getComputedStyle(document.querySelector('.tl-position line')!).stroke);
      const want = await page.evaluate((c) => {
        const d = document.createElement('div');
        d.style.color = c;
        document.body.appendChild(d);
        const v = getComputedStyle(d).color;
        d.remove();
        return v;
      }, focus);
      assert.strictEqual(stroke, want, `${theme}: the position line is the theme's focus border`);
      assert.strictEqual(await page.locator('svg.tl-strip circle.tl-mark-breakpoint').count(), 2);
      await page.locator('#timeline-root').screenshot({ path: path.join(SHOTS, `timeline-${theme}.png`) });
    }
    await applyTheme(page, 'dark');
  });

  it('raised no page error and no CSP violation', async () => {
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), []);
  });
});
