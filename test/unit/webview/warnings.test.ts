// The state view shows the run's warnings (issue 8 item 7: a present-pte helper applied to a
// swap-format pte): a Warnings section with each warning's file:line:col, helper, message and
// call count, and a count in the header. Checked on the VNode tree in Node, through the state
// validator (what crosses postMessage), and in the real webview in headless Chromium with the
// state of a real run (test/fixtures/scenarios/nonpresent-pte-warn.mmstep.yaml).

import * as assert from 'assert';
import * as fs from 'fs';
import type * as http from 'http';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { parseStateView } from '../../../src/protocol/check-state';
import type { StateView, WarningView } from '../../../src/protocol/state';
import { Simulation } from '../../../src/sim/simulation';
import { renderState, summarize } from '../../../src/webview/render-state';
import { findAll, hasClass, textOf } from '../../../src/webview/vnode';
import { ensureBundle, launchChromium, openView, postState, ROOT, SHOTS, startServer } from '../../webview/harness';
import { stateAtCollect } from './fixtures';

const W: WarningView = {
  helper: 'pte_dirty',
  file: '/work/kernel/test/nonpresent_pte.c',
  line: 49,
  column: 7,
  message: 'pte_dirty() on a non-present pte 0x6000000100000000, a device-private entry (device-private(W) -> pfn 0x100000): x86-64 (mainline) … returns 0x1',
  count: 2,
};

function withWarnings(ws: WarningView[]): StateView {
  return { ...stateAtCollect(), warnings: ws };
}

describe('webview: warnings', () => {
  it('a Warnings section lists file:line:col, helper, message and the call count', () => {
    const s = withWarnings([W, { ...W, helper: 'pte_pfn', line: 51, column: 14, count: 1, message: 'pte_pfn() on …' }]);
    const tree = renderState(s);
    const items = findAll(tree, (e) => e.tag === 'li' && hasClass(e, 'warning'));
    assert.deepStrictEqual(items.map(textOf), [`nonpresent_pte.c:49:7 pte_dirty: ${W.message} (2 calls)`, 'nonpresent_pte.c:51:14 pte_pfn: pte_pfn() on …']);
    assert.strictEqual(items[0].attrs.title, '/work/kernel/test/nonpresent_pte.c:49:7');
    const header = findAll(tree, (e) => e.tag === 'header')[0];
    assert.ok(textOf(header).includes('2 warnings'), textOf(header));
    assert.strictEqual(summarize(s, tree).warnings, 2);
  });

  it('no section and no count without warnings', () => {
    const s = stateAtCollect();
    const tree = renderState(s);
    assert.strictEqual(findAll(tree, (e) => hasClass(e, 'warnings')).length, 0);
    assert.ok(!textOf(tree).includes('warning'));
    assert.strictEqual(summarize(s, tree).warnings, undefined);
  });

  it('the validator keeps well-formed warnings and names the path of a bad one', () => {
    const ok = parseStateView(withWarnings([W]));
    assert.ok(ok.ok);
    assert.deepStrictEqual(ok.ok && ok.state.warnings, [W]);
    const bad = parseStateView(withWarnings([{ ...W, line: 0 }]));
    assert.deepStrictEqual(bad.ok ? 'accepted' : bad.path, 'state.warnings[0].line');
    const none = parseStateView(stateAtCollect());
    assert.ok(none.ok && none.state.warnings === undefined);
  });
});

describe('webview: warnings in headless Chromium', function () {
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
    page = await openView(browser, origin, (e) => errors.push(e));
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  it('shows the warnings of a real run at its end', async () => {
    const sim = await Simulation.load(path.join(ROOT, 'test/fixtures/scenarios/nonpresent-pte-warn.mmstep.yaml'), new NodeFileAccess());
    sim.runToEnd();
    const state = sim.stateView();
    assert.strictEqual(state.warnings?.length, 2);
    const r = await postState(page, state, state.step);
    assert.strictEqual((r as { warnings?: number }).warnings, 2);
    const items = page.locator('section.warnings li.warning');
    assert.strictEqual(await items.count(), 2);
    const first = (await items.nth(0).textContent()) ?? '';
    assert.match(first, /^nonpresent_pte\.c:49:7 pte_dirty: pte_dirty\(\) on a non-present pte 0x6000000100000000, a device-private entry .* returns 0x1; .* \(2 calls\)$/);
    assert.match((await items.nth(1).textContent()) ?? '', /^nonpresent_pte\.c:51:14 pte_pfn: .*returns 0x20000;/);
    assert.strictEqual(await items.nth(0).getAttribute('title'), `${path.join(ROOT, 'kernel/test/nonpresent_pte.c')}:49:7`);
    assert.ok(((await page.textContent('header.summary')) ?? '').includes('2 warnings'));
    assert.deepStrictEqual(errors, []);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'state-warnings.png'), fullPage: true });
  });

  it('a later stop adds, updates and (stepping back) removes the section in place', async () => {
    const base = stateAtCollect();
    await postState(page, { ...base, step: 100 }, 100);
    assert.strictEqual(await page.locator('section.warnings').count(), 0);
    await postState(page, { ...base, step: 101, warnings: [{ ...W, count: 1 }] }, 101);
    assert.match((await page.locator('section.warnings li.warning').textContent()) ?? '', /^nonpresent_pte\.c:49:7 pte_dirty: .*0x1$/);
    await postState(page, { ...base, step: 102, warnings: [W] }, 102);
    assert.match((await page.locator('section.warnings li.warning').textContent()) ?? '', /\(2 calls\)$/);
    assert.ok(((await page.textContent('header.summary')) ?? '').includes('1 warning'));
    await postState(page, { ...base, step: 100 }, 100);
    assert.strictEqual(await page.locator('section.warnings').count(), 0);
    assert.ok(!((await page.textContent('header.summary')) ?? '').includes('warning'));
    assert.deepStrictEqual(errors, []);
  });
});
