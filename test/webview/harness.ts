// Shared harness for running the real state webview in headless Chromium (the unit tests in
// test/unit/webview/chromium*.test.ts and the bench in bench/webview/): makes sure the bundle is
// fresh, serves the page that src/webview/html.ts builds (CSP included) from 127.0.0.1, launches
// Debian's chromium through playwright-core with the acquireVsCodeApi stand-in, and posts states
// the way the extension host does.

import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, Browser, Page } from 'playwright-core';
import { checkStateView } from '../../src/protocol/check-state';
import type { StateView } from '../../src/protocol/state';
import { stateHtml } from '../../src/webview/html';
import { packState } from '../../src/webview/packed-state';

export const ROOT = path.resolve(__dirname, '../../..');
/** Where the page's webview.js and state.css come from (MMSTEP_WEBVIEW_DIST: another build, e.g. an older one to compare). */
export const DIST = process.env.MMSTEP_WEBVIEW_DIST || path.join(ROOT, 'dist');
export const CHROMIUM = process.env.MMSTEP_CHROMIUM || '/usr/bin/chromium';
export const SHOTS = path.join(ROOT, 'test/webview/shots');

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
export function ensureBundle(): void {
  if (process.env.MMSTEP_WEBVIEW_DIST) return;
  const outs = ['webview.js', 'state.css'].map((f) => path.join(DIST, f));
  const srcTime = Math.max(newestMtime(path.join(ROOT, 'src/webview')), newestMtime(path.join(ROOT, 'src/protocol')), newestMtime(path.join(ROOT, 'media')));
  if (outs.every((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs >= srcTime)) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.js'), '--only', 'webview'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the webview bundle failed:\n${r.stdout}\n${r.stderr}`);
}

/** Serves the webview page (with its CSP) and dist/ from 127.0.0.1. */
export function startServer(): Promise<{ server: http.Server; origin: string }> {
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

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium package (apt-get install chromium)`);
  fs.mkdirSync('/tmp/chromium-xdg', { recursive: true });
  return chromium.launch({
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
}

export interface Posted {
  type: string;
  step?: number;
  ptes?: number;
  pages?: number;
  changed?: number;
  message?: string;
}

export async function posted(page: Page): Promise<Posted[]> {
  return page.evaluate(() => (window as unknown as { __posted: Posted[] }).__posted);
}

/** A page with the vscode stub, loaded and `ready`. */
export async function openView(
  browser: Browser,
  origin: string,
  onError?: (e: string) => void,
  viewport = { width: 1400, height: 900 },
  initScript?: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  if (onError) page.on('pageerror', (e) => onError(String(e)));
  if (initScript) await page.addInitScript({ content: initScript });
  await page.addInitScript({ path: path.join(ROOT, 'test/webview/vscode-stub.js') });
  await page.goto(origin + '/');
  await waitPosted(page, 0, 'ready');
  return page;
}

/** Wait until the view has posted a message of `type` after the first `from` messages. */
export async function waitPosted(page: Page, from: number, type: string, step?: number): Promise<Posted> {
  await page.waitForFunction(
    ([n, t, s]) => (window as unknown as { __posted: Posted[] }).__posted.slice(n as number).some((m) => m.type === t && (s === null || m.step === s)),
    [from, type, step ?? null] as const,
  );
  return (await posted(page)).slice(from).find((m) => m.type === type && (step === undefined || m.step === step)) as Posted;
}

/** The message the extension host (state-panel.ts) posts for `state`: packed when it validates. */
export function stateMessage(state: unknown): { type: 'state'; state?: unknown; packed?: unknown } {
  return checkStateView(state) === undefined ? { type: 'state', packed: packState(state as StateView) } : { type: 'state', state };
}

/** Post `state` as the host does (stateMessage) and wait until the view reports the render of that step. */
export async function postState(page: Page, state: unknown, step: number): Promise<Posted> {
  const before = (await posted(page)).length;
  // As JSON text: playwright's own argument serialisation takes seconds for 10,000 pages.
  await page.evaluate((json) => window.postMessage(JSON.parse(json), '*'), JSON.stringify(stateMessage(state)));
  return waitPosted(page, before, 'rendered', step);
}

/** Wait for two animation frames (the virtual tables rebuild their windows in one). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Wait until the view has saved (setState, kept in sessionStorage by the stub) the given step. */
export async function waitSaved(page: Page, step: number | null): Promise<void> {
  await page.waitForFunction((st) => {
    const raw = sessionStorage.getItem('mmstep-webview-state');
    // Saved packed (packed-state.ts), or as a StateView (what older versions saved).
    const saved = raw ? (JSON.parse(raw) as { state?: { step: number }; packed?: { rest: { step: number } } }) : undefined;
    const step = saved?.packed?.rest.step ?? saved?.state?.step;
    return st === null ? step === undefined : step === st;
  }, step);
}
