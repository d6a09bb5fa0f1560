// Fuzzing of the real state webview in headless Chromium (fewer inputs than the Node fuzz test,
// same arbitraries): each hostile message is posted as the host would, followed by a good state
// with a fresh step, and the view must answer the hostile one (`rendered` or `error`) and then
// render the good one. At the end: no injected markup ran (window.__pwned), no uncaught error, no
// CSP violation, and the panel's DOM holds only the view's own tags and attributes.
// MMSTEP_FUZZ_RUNS=n runs n inputs of each kind.

import * as assert from 'assert';
import * as fc from 'fast-check';
import type * as http from 'http';
import type { Browser, Page } from 'playwright-core';
import { ensureBundle, launchChromium, openView, posted, postState, startServer } from '../../webview/harness';
import { stateAtCollect } from './fixtures';
import { DEEP_MARKER, fuzzRuns, mutatedState, toJsonWithMarkers, validState } from './fuzz-states';

const TAGS = ['MAIN', 'HEADER', 'DIV', 'SPAN', 'SECTION', 'H2', 'P', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'A', 'STRONG', 'UL', 'LI', 'BUTTON',
  // The page-table picture (SVG elements keep their lowercase names).
  'svg', 'defs', 'marker', 'path', 'g', 'rect', 'text', 'title', 'line'];

/** Post JSON text as a state message (deep-nesting markers rebuilt in the page). */
async function postJson(page: Page, json: string): Promise<void> {
  await page.evaluate(
    ([text, markers]) => {
      // postMessage's structured clone refuses very deep values (so no host can send them):
      // send the deepest nesting it accepts.
      for (const levels of [10_000, 3_000, 1_000, 300]) {
        const deep = (objects: boolean): unknown => {
          let v: unknown = 0;
          for (let i = 0; i < levels; i++) v = objects ? { a: v } : [v];
          return v;
        };
        const state = JSON.parse(text, (_k, v) => (v === markers.arrays ? deep(false) : v === markers.objects ? deep(true) : v));
        try {
          window.postMessage({ type: 'state', state }, '*');
          return;
        } catch (e) {
          if (!(e instanceof RangeError)) throw e;
        }
      }
      throw new Error('could not post the state at any nesting depth');
    },
    [json, DEEP_MARKER] as const,
  );
}

describe('webview fuzz in headless Chromium: hostile states posted to the real view', function () {
  this.timeout(process.env.MMSTEP_FUZZ_RUNS ? 0 : 60000);
  let browser: Browser;
  let page: Page;
  let server: http.Server;
  let origin: string;
  const pageErrors: string[] = [];
  const counts = { inputs: 0, rendered: 0, rejected: 0 };

  before(async () => {
    ensureBundle();
    ({ server, origin } = await startServer());
    browser = await launchChromium();
    page = await openView(browser, origin, (e) => pageErrors.push(e));
  });

  after(async () => {
    if (process.env.MMSTEP_FUZZ_RUNS) console.log(`    webview fuzz (Chromium): ${counts.inputs} inputs, ${counts.rejected} rejected, ${counts.rendered} rendered, ${pageErrors.length} uncaught errors`);
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  it('every hostile state is answered, and a good state renders after it', async () => {
    const n = fuzzRuns(12);
    const inputs: string[] = [
      ...fc.sample(fc.jsonValue({ maxDepth: 5 }), { numRuns: n, seed: 7 }).map((v) => JSON.stringify(v) ?? 'null'),
      ...fc.sample(validState, { numRuns: n, seed: 8 }).map((s) => JSON.stringify(s)),
      ...fc.sample(mutatedState, { numRuns: 2 * n, seed: 9 }).map((m) => toJsonWithMarkers(m.state)),
    ];
    let sentinel = 1_000_000_000;
    for (const json of inputs) {
      const before = (await posted(page)).length;
      await postJson(page, json);
      const good = { ...stateAtCollect(), step: ++sentinel };
      await postState(page, good, good.step); // waits for the good state's render
      const answers = (await posted(page)).slice(before);
      const first = answers[0];
      assert.ok(first && (first.type === 'rendered' || first.type === 'error'), `no answer to ${json.slice(0, 200)}: ${JSON.stringify(answers.slice(0, 3))}`);
      if (first.type === 'error') assert.match(first.message ?? '', /^received a malformed state \(state(\.[A-Za-z]+|\[\d+\])*: /);
      counts.inputs++;
      if (first.type === 'rendered' && first.step !== sentinel) counts.rendered++;
      else counts.rejected++;
    }
    assert.strictEqual(counts.inputs, inputs.length);
    assert.ok(counts.rendered >= n, `${counts.rendered} of the well-formed states rendered`);
  });

  it('no injected markup ran, no uncaught error or CSP violation, only the view’s own DOM', async () => {
    // Render a hostile but well-formed state last, and inspect its DOM.
    const s = fc.sample(validState, { numRuns: 1, seed: 10 })[0];
    await postState(page, { ...s, step: 5 }, 5);
    const report = await page.evaluate((tags) => {
      const w = window as unknown as { __pwned?: unknown; __errors: string[]; __cspViolations: string[] };
      const bad: string[] = [];
      for (const el of Array.from(document.querySelectorAll('#root *'))) {
        if (!tags.includes(el.tagName)) bad.push(`tag ${el.tagName}`);
        for (const a of Array.from(el.attributes)) {
          if (/^on/i.test(a.name) || a.name === 'style' && el.tagName !== 'TR' || a.name === 'src' || a.name === 'srcdoc') bad.push(`${el.tagName} ${a.name}`);
          if (a.name === 'href' && !/^#[\w-]+$/.test(a.value)) bad.push(`href ${a.value}`);
        }
      }
      return { pwned: w.__pwned, errors: w.__errors, csp: w.__cspViolations, bad: bad.slice(0, 10) };
    }, TAGS);
    assert.deepStrictEqual(report, { pwned: undefined, errors: [], csp: [], bad: [] });
    assert.deepStrictEqual(pageErrors, []);
  });
});
