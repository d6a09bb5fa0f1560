// Renders the real state webview (dist/webview.js + dist/state.css in the page src/webview/html.ts
// builds, CSP included) in headless Chromium, posts two StateViews as the extension host would,
// and checks the DOM: rows, decoded PTE text, change markers, links, keyboard focus, restore after
// reload. Saves screenshots to test/webview/shots/ (and media/screenshot-state.png when
// MMSTEP_UPDATE_SCREENSHOTS=1).
//
// Needs Debian's /usr/bin/chromium and the webview bundle; the bundle is rebuilt here when it is
// missing or older than its sources.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, Browser, Page } from 'playwright-core';
import type { StateView } from '../../../src/protocol/state';
import { stateHtml } from '../../../src/webview/html';
import { stateAfterSecondPte, stateAtCollect } from './fixtures';

const ROOT = path.resolve(__dirname, '../../../..');
const DIST = path.join(ROOT, 'dist');
const CHROMIUM = process.env.MMSTEP_CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'test/webview/shots');

function newestMtime(dir: string): number {
  let t = 0;
  for (const f of fs.readdirSync(dir)) {
    const p = path.join(dir, f);
    const st = fs.statSync(p);
    t = Math.max(t, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return t;
}

/** Make sure dist/webview.js and dist/state.css exist and are newer than their sources. */
function ensureBundle(): void {
  const outs = ['webview.js', 'state.css'].map((f) => path.join(DIST, f));
  const srcTime = Math.max(newestMtime(path.join(ROOT, 'src/webview')), newestMtime(path.join(ROOT, 'src/protocol')), newestMtime(path.join(ROOT, 'media')));
  if (outs.every((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs >= srcTime)) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.js'), '--only', 'webview'], { cwd: ROOT, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, `building the webview bundle failed:\n${r.stdout}\n${r.stderr}`);
}

/** Serves the webview page (with its CSP) and dist/ from 127.0.0.1. */
function startServer(): Promise<{ server: http.Server; origin: string }> {
  return new Promise((resolve) => {
    let origin = '';
    const server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname === '/') {
        const html = stateHtml({
          cspSource: origin,
          scriptUri: `${origin}/dist/webview.js`,
          styleUri: `${origin}/dist/state.css`,
          nonce: randomBytes(18).toString('base64url'),
        });
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html);
        return;
      }
      const m = /^\/dist\/([\w.-]+)$/.exec(url.pathname);
      const file = m ? path.join(DIST, m[1]) : '';
      if (!m || !fs.existsSync(file)) {
        res.writeHead(404);
        res.end();
        return;
      }
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
      res.writeHead(200, { 'content-type': type });
      res.end(fs.readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ server, origin });
    });
  });
}

interface Posted {
  type: string;
  step?: number;
  ptes?: number;
  pages?: number;
  changed?: number;
  message?: string;
}

async function posted(page: Page): Promise<Posted[]> {
  return page.evaluate(() => (window as unknown as { __posted: Posted[] }).__posted);
}

/** Post a host message to the webview and wait until it reports the render of that step. */
async function postState(page: Page, state: StateView): Promise<Posted> {
  const before = (await posted(page)).length;
  await page.evaluate((s) => window.postMessage({ type: 'state', state: s }, '*'), state);
  await page.waitForFunction(
    ([n, step]) => (window as unknown as { __posted: Posted[] }).__posted.slice(n).some((m) => m.type === 'rendered' && m.step === step),
    [before, state.step] as const,
  );
  return (await posted(page)).slice(before).find((m) => m.type === 'rendered') as Posted;
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
    assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} not found: install Debian's chromium package (apt-get install chromium)`);
    ensureBundle();
    ({ server, origin } = await startServer());
    fs.mkdirSync('/tmp/chromium-xdg', { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
      env: { ...process.env, XDG_CONFIG_HOME: '/tmp/chromium-xdg' },
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.addInitScript({ path: path.join(ROOT, 'test/webview/vscode-stub.js') });
    await page.goto(origin + '/');
    await page.waitForFunction(() => (window as unknown as { __posted: Posted[] }).__posted.some((m) => m.type === 'ready'));
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
    assert.strictEqual((await pteRows.nth(0).locator('td.text').textContent())?.trim(), 'migration(W) -> pfn 0x100 (ptl held by migrate)');
    assert.strictEqual(await pteRows.nth(1).locator('td.text').textContent(), 'present -> pfn 0x101 [write dirty young]');
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
    assert.strictEqual(await page.locator('#pte-1-0x7f0000001000 td.text').textContent(), 'migration(W) -> pfn 0x101 (ptl held by migrate)');
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
    assert.ok(text?.includes('malformed state (state.processes is not an array)'), text ?? '');
    // A good state afterwards renders normally again.
    const r = await postState(page, stateAtCollect());
    assert.strictEqual(r.ptes, 4);
  });

  it('ran without CSP violations or script errors', async () => {
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    const errors = await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
    assert.deepStrictEqual(violations, []);
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(pageErrors, []);
  });
});
