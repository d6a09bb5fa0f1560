// Render time of the state webview in headless Chromium, for migrations of 512, 4096, 10,000
// and 50,000 pages (each as many PTEs, pages and migration-array slots: bigState in the webview
// test fixtures), and for the small state whose range crosses two pmds. Times are taken inside
// the page: from posting the state message to the view's `rendered` report (validation,
// rendering with the page-table picture, DOM of the rows in view), and to the next frame
// (layout and paint included). The message is the one the host posts (packed, packed-state.ts;
// `plain` posts the StateView as it is instead); the view's stages (validate, build, show) come
// from its performance marks. Prints the median of a few runs next to the targets, with the
// DOM rows and SVG nodes of the picture, and the renderer main thread's CPU time per stop (from
// a trace: what the wall times would be near on an idle machine); never fails on timing.
// Run: npm run bench:webview (or tsc -p . && node out/bench/webview/render.js [sizes | pmd2] [plain]).

import type { Page } from 'playwright-core';
import { bigState } from '../../test/unit/webview/fixtures';
import { stateCrossingPmds } from '../../test/unit/webview/fixtures-pgtable';
import { ensureBundle, launchChromium, openView, startServer, stateMessage } from '../../test/webview/harness';

const TARGETS: Record<number, number> = { 512: 16, 4096: 50 };
const RUNS = 5;

interface Timing {
  /** postMessage → the message's data is deserialised (the structured clone). */
  clone: number;
  /** data available → the view reports `rendered` (validation, rendering, DOM). */
  view: number;
  /** The stages of `view`, from the view's performance marks (mmstep:<stage>, main.ts). */
  validate: number;
  build: number;
  show: number;
  /** `rendered` → the rows in view built in the next animation frame (mount.ts). */
  windows: number;
  /** postMessage → `rendered`. */
  rendered: number;
  /** postMessage → the next frame (layout and paint). */
  frame: number;
  domRows: number;
  svgNodes: number;
  pteTables: number;
}

/** Runs before the view's script: its message listener comes first and takes the clone's time. */
const CLONE_PROBE = `window.addEventListener('message', (ev) => { void ev.data; window.__dataAt = performance.now(); });`;

/** Post the message stored in window.__bench as step `step`; time it inside the page. */
async function timeOne(page: Page, step: number): Promise<Timing> {
  return page.evaluate(
    (st) =>
      new Promise<Timing>((resolve) => {
        type Msg = { state?: { step: number }; packed?: { rest: { step: number } } };
        const w = window as unknown as { __bench: Msg; __posted: { type: string; step?: number }[] };
        const posted = w.__posted;
        const origPush = posted.push.bind(posted);
        let t0 = 0;
        posted.push = (...items: { type: string; step?: number }[]): number => {
          const n = origPush(...items);
          if (items.some((m) => m.type === 'rendered' && m.step === st)) {
            const at = performance.now();
            const dataAt = (window as unknown as { __dataAt: number }).__dataAt;
            const markAt = (stage: string): number => performance.getEntriesByName(`mmstep:${stage}`).slice(-1)[0]?.startTime ?? NaN;
            posted.push = origPush;
            requestAnimationFrame(() =>
              setTimeout(
                () =>
                  resolve({
                    clone: dataAt - t0,
                    view: at - dataAt,
                    validate: markAt('validated') - markAt('received'),
                    build: markAt('built') - markAt('validated'),
                    show: markAt('shown') - markAt('built'),
                    windows: markAt('windows') - at,
                    rendered: at - t0,
                    frame: performance.now() - t0,
                    domRows: document.querySelectorAll('tr.row').length,
                    svgNodes: document.querySelectorAll('svg.pgtable-picture *').length,
                    pteTables: document.querySelectorAll('svg.pgtable-picture g.pte-table').length,
                  }),
                0,
              ),
            );
          }
          return n;
        };
        const m = w.__bench;
        if (m.packed) m.packed.rest.step = st;
        else if (m.state) m.state.step = st;
        performance.clearMarks();
        t0 = performance.now();
        window.postMessage(m, '*');
      }),
    step,
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The renderer main thread's CPU time (trace events' thread duration) for one more post of the
 * message: on a shared, loaded machine the wall times above grow with the load, this much less.
 * Counts the top-level tasks from the post to the painted frame (the post's serialisation too,
 * which in VS Code happens outside the webview).
 */
async function mainThreadCpu(page: Page, step: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  (cdp as unknown as { on(ev: string, f: (e: { value: TraceEvent[] }) => void): void }).on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
  await timeOne(page, step);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's renderer: the main thread that ran the posted message.
  let best = 0;
  for (const m of mains) {
    let t = 0;
    for (const e of events) if (e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.name === 'RunTask' && e.tdur) t += e.tdur;
    best = Math.max(best, t / 1000);
  }
  return best;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  // `plain`: post the StateView as it is (the format before packed-state.ts), to compare.
  const plain = process.argv.includes('plain');
  const args = process.argv.slice(2).filter((a) => a !== 'plain');
  const sizes: (number | 'pmd2')[] = args.length ? args.map((a) => (a === 'pmd2' ? 'pmd2' : Number(a))).filter((n) => n === 'pmd2' || n > 0) : ['pmd2', 512, 4096, 10_000, 50_000];
  ensureBundle();
  const { server, origin } = await startServer();
  const browser = await launchChromium();
  try {
    console.log(`state webview: state message (${plain ? 'plain StateView' : 'packed, as the host posts it'}) to painted frame, headless Chromium, median of ${RUNS} stops 0.4 s apart (after one warm-up)`);
    console.log('pages    rows      clone ms   view ms   rendered ms   next frame ms   DOM rows   SVG nodes  pte tables   target (next frame)   main-thread CPU ms');
    for (const n of sizes) {
      const page = await openView(browser, origin, undefined, { width: 600, height: 900 }, CLONE_PROBE);
      const state = n === 'pmd2' ? stateCrossingPmds() : bigState(n);
      const rows = state.processes[0].ptes.length + state.pages.length + state.arrays.reduce((k, a) => k + a.slots.length, 0);
      const message = plain ? { type: 'state', state } : stateMessage(state);
      await page.evaluate((json) => ((window as unknown as { __bench: unknown }).__bench = JSON.parse(json)), JSON.stringify(message));
      await timeOne(page, 1); // warm-up (JIT, first layout)
      const runs: Timing[] = [];
      for (let k = 0; k < RUNS; k++) {
        // A stop at a time, as stepping is: the view saves the state it rendered when idle after
        // each render; that save is not part of the next stop.
        await new Promise((r) => setTimeout(r, 400));
        runs.push(await timeOne(page, k + 2));
      }
      const med = (f: (t: Timing) => number): string => median(runs.map(f)).toFixed(1);
      const frame = median(runs.map((r) => r.frame));
      const cpu: number[] = [];
      for (let k = 0; k < RUNS; k++) {
        await new Promise((r) => setTimeout(r, 400));
        cpu.push(await mainThreadCpu(page, RUNS + k + 2));
      }
      const target = typeof n === 'number' ? TARGETS[n] : undefined;
      const verdict = target === undefined ? '—' : `≤ ${target} ms ${frame <= target ? '(met)' : '(NOT met)'}`;
      console.log(
        [
          String(n === 'pmd2' ? '8 (2 pmds)' : n).padEnd(8),
          String(rows).padEnd(8),
          med((t) => t.clone).padStart(8),
          med((t) => t.view).padStart(9),
          med((t) => t.rendered).padStart(13),
          frame.toFixed(1).padStart(15),
          String(runs[0].domRows).padStart(10),
          String(runs[0].svgNodes).padStart(11),
          String(runs[0].pteTables).padStart(11),
          ('  ' + verdict).padEnd(23),
          median(cpu).toFixed(1).padStart(10),
        ].join(' '),
      );
      console.log(`${''.padEnd(17)}view: validate ${med((t) => t.validate)} + build ${med((t) => t.build)} + show ${med((t) => t.show)} ms; rows in view built ${med((t) => t.windows)} ms after rendered`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
