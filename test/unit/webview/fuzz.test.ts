// Fuzzing of the state webview's input handling in Node (fast-check): hostile messages go to the
// validator (parseStateView) and, when accepted, to the renderer (the VNode tree the webview
// builds its DOM from, every lazy row expanded, serialised). Properties: no exception escapes; a
// rejection names a path, and for a one-value mutation of a good state, that value's path; an
// accepted state renders every row it holds; the output holds only the view's own tags and
// attributes (strings never become markup); unknown and prototype keys are dropped. Run counts
// are bounded (MMSTEP_FUZZ_RUNS=n for a bigger run by hand; counts are printed then).

import * as assert from 'assert';
import * as fc from 'fast-check';
import { parseStateView } from '../../../src/protocol/check-state';
import type { StateView } from '../../../src/protocol/state';
import { renderState, summarize } from '../../../src/webview/render-state';
import { toHtml } from '../../../src/webview/vnode';
import { extraKeysState, fuzzRuns, mutatedState, randomValue, validState } from './fuzz-states';

/** Every tag and attribute the renderer may produce. */
const TAGS = new Set(['main', 'header', 'div', 'span', 'section', 'h2', 'p', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'strong', 'ul', 'li', 'button']);
const ATTRS = new Set(['id', 'class', 'role', 'aria-live', 'aria-label', 'title', 'scope', 'tabindex', 'href', 'data-key', 'data-target', 'data-step', 'data-pid', 'type', 'data-export', 'colspan']);
/** The page-table picture (render-pgtable.ts): SVG elements and their geometry attributes. */
const SVG_TAGS = ['svg', 'defs', 'marker', 'path', 'g', 'rect', 'text', 'title', 'line'];
const SVG_ATTRS = ['xmlns', 'viewBox', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'd', 'transform', 'marker-end', 'text-anchor', 'refX', 'refY', 'markerWidth', 'markerHeight', 'orient', 'aria-hidden', 'data-ref', 'data-base', 'data-pmd', 'data-at', 'data-tables'];
for (const t of SVG_TAGS) TAGS.add(t);
for (const a of SVG_ATTRS) ATTRS.add(a);

const stats = { inputs: 0, rejected: 0, rendered: 0, rows: 0, slowestMs: 0 };
const verbose = process.env.MMSTEP_FUZZ_RUNS !== undefined;

/** Markup produced for `s`: only our tags and attributes, hrefs only to in-page anchors. */
function checkMarkup(html: string): void {
  const tag = /<\/?([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>/g;
  let rest = html;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    assert.ok(TAGS.has(m[1]), `unexpected tag <${m[1]}>`);
    for (const a of m[2].matchAll(/([\w-]+)(?:="([^"]*)")?/g)) {
      assert.ok(ATTRS.has(a[1]), `unexpected attribute ${a[1]} on <${m[1]}>`);
      if (a[1] === 'href') assert.match(a[2] ?? '', /^#[\w-]+$/, 'href leaves the page');
    }
  }
  // Whatever is not a tag of ours is text: no '<' or '>' left once our tags are removed.
  rest = html.replace(tag, '');
  assert.ok(!/[<>]/.test(rest), `raw markup in the text: ${rest.slice(0, 120)}`);
}

/** Validate, and render what is accepted; returns the validation result. */
function feed(x: unknown): ReturnType<typeof parseStateView> {
  const t0 = Date.now();
  stats.inputs++;
  const r = parseStateView(x);
  if (!r.ok) {
    stats.rejected++;
    assert.match(r.message, /^state(\.[A-Za-z]+|\[\d+\])*: \S/, 'a rejection starts with the path of the value');
    assert.ok(r.message.length < 600, 'a rejection message stays short');
  } else {
    stats.rendered++;
    const s: StateView = r.state;
    const tree = renderState(s);
    const sum = summarize(s, tree);
    assert.strictEqual(sum.ptes, s.processes.reduce((n, p) => n + p.ptes.length, 0));
    assert.strictEqual(sum.pages, s.pages.length);
    const html = toHtml(tree);
    checkMarkup(html);
    stats.rows += (html.match(/<tr /g) ?? []).length;
  }
  stats.slowestMs = Math.max(stats.slowestMs, Date.now() - t0);
  return r;
}

describe('webview fuzz (Node): hostile state messages to the validator and the renderer', function () {
  // A watchdog only: a hang fails the suite; timings are never asserted.
  this.timeout(verbose ? 0 : 60000);

  after(() => {
    if (verbose) console.log(`    webview fuzz (Node): ${stats.inputs} inputs, ${stats.rejected} rejected, ${stats.rendered} rendered (${stats.rows} rows), 0 crashes, slowest input ${stats.slowestMs} ms`);
  });

  it('random JSON and arbitrary values: no exception, rejected with a path (or rendered)', () => {
    fc.assert(
      fc.property(randomValue, (x) => {
        feed(x);
      }),
      { numRuns: fuzzRuns(400) },
    );
  });

  it('well-formed states with markup, script and prototype-key strings: accepted, rendered as text', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const r = feed(JSON.parse(JSON.stringify(s)));
        assert.ok(r.ok, r.ok ? '' : r.message);
        // The checked copy is the state itself (JSON drops what undefined leaves out).
        assert.deepStrictEqual(r.state, JSON.parse(JSON.stringify(s)));
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('one value replaced by a hostile one: rejected at that path, or still valid and rendered', () => {
    fc.assert(
      fc.property(mutatedState, (m) => {
        const r = feed(m.state);
        if (r.ok) return;
        const at = r.message.slice(0, r.message.indexOf(': '));
        assert.ok(at === m.path || at.startsWith(m.path + '.') || at.startsWith(m.path + '['), `${m.what} at ${m.path} rejected as: ${r.message}`);
      }),
      { numRuns: fuzzRuns(400) },
    );
  });

  it('extra __proto__, constructor and unknown keys are ignored and not copied; nothing is polluted', () => {
    fc.assert(
      fc.property(extraKeysState, ({ state, clean }) => {
        const r = feed(state);
        assert.ok(r.ok, r.ok ? '' : r.message);
        assert.deepStrictEqual(JSON.parse(JSON.stringify(r.state)), clean);
        const stack: unknown[] = [r.state];
        while (stack.length) {
          const v = stack.pop();
          if (typeof v !== 'object' || v === null) continue;
          assert.ok(Object.getPrototypeOf(v) === Object.prototype || Array.isArray(v), 'a copied object has a plain prototype');
          assert.ok(!Object.prototype.hasOwnProperty.call(v, '__proto__') && !Object.prototype.hasOwnProperty.call(v, 'x-unknown'));
          stack.push(...Object.values(v));
        }
        assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
      }),
      { numRuns: fuzzRuns(200) },
    );
  });

  it('getters that throw and proxies are reported, not thrown', () => {
    const evil = {
      get step(): number {
        throw new Error('boom');
      },
    };
    const r = parseStateView(evil);
    assert.ok(!r.ok && r.message === 'state: cannot be read (boom)', JSON.stringify(r));
    const proxy = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
      },
    );
    const p = parseStateView(proxy);
    assert.ok(!p.ok && /^state: cannot be read/.test(p.message), JSON.stringify(p));
  });
});
