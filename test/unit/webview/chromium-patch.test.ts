// A new stop is patched into the view in place (src/webview/dom.ts patchNode, mount.ts). This
// checks, in headless Chromium, that a patched view equals the same state rendered afresh (after
// a reload, the saved state is built from nothing), across stops that change the view's shape:
// a process appears, tables appear and disappear, rows shrink and grow, a short table becomes a
// virtual one.

import * as assert from 'assert';
import type * as http from 'http';
import type { Browser, Page } from 'playwright-core';
import type { StateView } from '../../../src/protocol/state';
import { ensureBundle, launchChromium, openView, postState, settle, startServer, waitPosted, waitSaved } from '../../webview/harness';
import { bigState, stateAfterSecondPte, stateAtCollect } from './fixtures';

/** What the panel shows: its text, and every element's tag, classes and attributes, in order. */
async function snapshot(page: Page): Promise<{ text: string; shape: string[] }> {
  await settle(page);
  return page.evaluate(() => ({
    text: (document.getElementById('root') as HTMLElement).innerText,
    shape: Array.from(document.querySelectorAll('#root *')).map((e) => {
      const cls = Array.from(e.classList).filter((c) => c !== 'flash').sort().join('.');
      // Attributes too, but not focus state (tabindex) or spacer heights (style).
      const attrs = Array.from(e.attributes)
        .filter((a) => !['class', 'tabindex', 'style'].includes(a.name))
        .map((a) => `${a.name}=${a.value}`)
        .sort()
        .join(' ');
      return `${e.tagName}.${cls} ${attrs}`;
    }),
  }));
}

function twoProcesses(): StateView {
  const s = stateAfterSecondPte();
  s.step = 30;
  s.processes.push({ ...s.processes[0], pid: 2, name: 'child', ptes: s.processes[0].ptes.slice(0, 2).map((p) => ({ ...p, key: p.key.replace('pte:1:', 'pte:2:'), pid: 2 })) });
  s.arrays = [];
  s.tlbs = [{ cpu: 0, entries: [{ pid: 2, addr: '0x7f0000000000', pfn: 0x100, write: false, stale: true }] }];
  s.violations = [{ invariant: 'mapcount', message: 'pfn 0x100: mapcount 0 but 1 PTE maps it' }];
  return s;
}

describe('state webview: a patched stop equals a fresh rendering (headless Chromium)', function () {
  this.timeout(60000);
  let browser: Browser;
  let page: Page;
  let server: http.Server;

  before(async () => {
    ensureBundle();
    let origin: string;
    ({ server, origin } = await startServer());
    browser = await launchChromium();
    page = await openView(browser, origin);
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  const sequence: [string, () => StateView][] = [
    ['the first stop', stateAtCollect],
    ['a second process, no arrays, a violation', twoProcesses],
    ['back to one process', stateAfterSecondPte],
    ['2,000 pages (virtual tables)', () => bigState(2000, 40)],
    ['back to 4 pages', stateAtCollect],
  ];

  for (const [what, make] of sequence) {
    it(`patched = fresh: ${what}`, async () => {
      const s = make();
      await postState(page, s, s.step);
      const patched = await snapshot(page);
      await waitSaved(page, s.step);
      await page.evaluate(() => scrollTo(0, 0));
      await page.reload();
      await waitPosted(page, 0, 'rendered', s.step);
      const fresh = await snapshot(page);
      assert.deepStrictEqual(patched.shape, fresh.shape);
      assert.strictEqual(patched.text, fresh.text);
    });
  }
});
