// Entry point of the state webview (bundled to dist/webview.js). A pure renderer: the host pushes
// the StateView of each debugger stop (packed as columns, packed-state.ts, or as it is); the view
// validates it fully (unpack-state.ts, or parseStateView), renders it, and only then
// remembers it with setState (so what comes back after a reload is something that rendered), and
// reports a summary of what it rendered. A state that fails validation or rendering shows an
// error above the last good rendering; a saved state that no longer renders is dropped. Whatever
// happens at load, the view sends `ready` so the host re-sends its state.

import type { StateView } from '../protocol/state';
import { packState, PackedState } from './packed-state';
import { focusedKey, initRovingTabindex, installNavigation } from './keyboard';
import { HostToWebview, parseStateView, RenderSummary, unpackState, WebviewToHost } from './messages';
import { renderEmpty, renderState, summarize } from './render-state';
import { h, VElement } from './vnode';
import { installVirtualScrolling, mountVirtual, virtualTables } from './mount';
import { onRowError } from './virtual';
import { installTimeline, timelineMessage, timelineState } from './timeline-view';
import { installPictureNavigation } from './picture-keys';
import { exportText, svgDocument } from './picture-export';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The last state that rendered, persisted with setState (survives hide/show and webview reload). */
interface SavedState {
  state?: StateView;
  ended?: boolean;
}

/** What setState holds: the state packed (a third of its JSON), or as it is (older versions). */
interface Persisted {
  packed?: PackedState;
  state?: StateView;
  ended?: boolean;
}

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') ?? document.body;
/** The last state that rendered (and was saved). */
let saved: SavedState = {};

function post(m: WebviewToHost): void {
  try {
    vscode.postMessage(m);
  } catch {
    // The host is gone; nothing to report to.
  }
}

/** Marks the stages of a state message for the profiler and bench/webview (`mmstep:<stage>`). */
function mark(stage: string): void {
  try {
    performance.mark(`mmstep:${stage}`);
  } catch {
    // no performance timeline: nothing to mark
  }
}

function errorText(e: unknown): string {
  try {
    return (e instanceof Error ? e.message : String(e)).slice(0, 500);
  } catch {
    return 'unknown error';
  }
}

/** Pure part of a render: the VNode tree and its summary (throws before touching the panel). */
function build(state: StateView, ended: boolean): { view: VElement; summary: RenderSummary } {
  const tree = renderState(state);
  const summary = summarize(state, tree);
  const view = ended ? h('div', { class: 'ended' }, h('p', { class: 'ended-banner', role: 'note' }, 'The debug session has ended; this is its last state.'), tree) : tree;
  return { view, summary };
}

/** Show a built view, keeping keyboard focus on the same row (by key). */
function show(view: VElement, fresh = false): void {
  const key = focusedKey(virtualTables(), document.activeElement);
  initRovingTabindex(mountVirtual(root, view, fresh), key, key !== undefined);
}

/** An error above whatever the panel shows (the last good rendering, or the empty view). */
function showError(message: string): void {
  root.querySelector(':scope > .render-error')?.remove();
  const banner = document.createElement('div');
  banner.className = 'render-error';
  banner.setAttribute('role', 'alert');
  banner.textContent = `mmstep state view: ${message}`;
  root.prepend(banner);
  post({ type: 'error', message });
}

let saveQueued = false;
/**
 * setState serialises the whole state: it runs this long after a render, once per burst of
 * stops, and then when the page is idle (not in the middle of the next stop's render).
 */
const SAVE_DELAY_MS = 150;

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else run();
}

/** Remember `s` as the last state that rendered; saved with setState shortly after. */
function save(s: SavedState): void {
  saved = s;
  if (saveQueued) return;
  saveQueued = true;
  setTimeout(() => whenIdle(persist), SAVE_DELAY_MS);
}

function persist(): void {
  saveQueued = false;
  try {
    // Packed from the checked state, so what is saved is exactly what was checked.
    const p: Persisted = saved.state ? { packed: packState(saved.state), ended: saved.ended } : { ended: saved.ended };
    vscode.setState(p);
  } catch (e) {
    post({ type: 'error', message: `cannot save the state view: ${errorText(e)}` });
  }
}

/** Render, then save what rendered. On failure the last good rendering stays (or is rebuilt). */
function accept(state: StateView, ended: boolean): void {
  let built: { view: VElement; summary: RenderSummary };
  try {
    built = build(state, ended);
    mark('built');
  } catch (e) {
    // Nothing was touched: the panel still shows the last good rendering, or the empty view.
    showError(`cannot render step ${state.step} (${errorText(e)})${saved.state ? `; showing step ${saved.state.step}, the last state that rendered` : ''}`);
    return;
  }
  try {
    show(built.view);
    mark('shown');
  } catch (e) {
    const why = errorText(e);
    // The DOM may be half updated: rebuild the last good state from scratch.
    let shown = 'the empty view';
    try {
      if (!saved.state) throw new Error('no state rendered yet');
      show(build(saved.state, saved.ended === true).view, true);
      shown = `step ${saved.state.step}, the last state that rendered`;
    } catch {
      mountVirtual(root, renderEmpty(), true);
    }
    showError(`cannot show step ${state.step} (${why}); showing ${shown}`);
    return;
  }
  save({ state, ended });
  post({ type: 'rendered', ...built.summary });
}

window.addEventListener('message', (ev: MessageEvent) => {
  try {
    const m = ev.data as HostToWebview | undefined;
    if (!m || typeof m !== 'object') return;
    if (timelineMessage(m)) return;
    if (m.type === 'state') {
      mark('received');
      const r = m.packed !== undefined ? unpackState(m.packed) : parseStateView(m.state);
      mark('validated');
      if (!r.ok) {
        showError(`received a malformed state (${r.message})`);
        return;
      }
      // A new session (the host says so, or the last one ended): start at the top, not where the old one was.
      const fresh = m.reset === true || saved.ended === true;
      accept(r.state, false);
      timelineState(r.state);
      mark('timeline');
      if (fresh) window.scrollTo(0, 0);
    } else if (m.type === 'ended') {
      if (saved.state) accept(saved.state, true);
      else save({ ended: true });
    }
  } catch (e) {
    showError(errorText(e));
  }
});

/** Show the saved state of a previous load, or drop it when it no longer validates or renders. */
function restore(): void {
  let restored: unknown;
  try {
    restored = vscode.getState();
  } catch {
    restored = undefined;
  }
  mountVirtual(root, renderEmpty());
  if (!restored || typeof restored !== 'object') return;
  const old = restored as { [K in keyof Persisted]?: unknown };
  if (old.packed === undefined && old.state === undefined) return;
  const r = old.packed !== undefined ? unpackState(old.packed) : parseStateView(old.state);
  if (!r.ok) {
    save({});
    post({ type: 'error', message: `dropped the saved state: ${r.message}` });
    return;
  }
  try {
    const built = build(r.state, old.ended === true);
    show(built.view, true);
    saved = { state: r.state, ended: old.ended === true };
    post({ type: 'rendered', ...built.summary });
  } catch (e) {
    mountVirtual(root, renderEmpty(), true);
    save({});
    post({ type: 'error', message: `dropped the saved state: it does not render (${errorText(e)})` });
  }
}

try {
  onRowError((message) => post({ type: 'error', message }));
  installNavigation(root, virtualTables);
  installTimeline(root, (m) => post(m as unknown as WebviewToHost));
  installPictureNavigation(root, virtualTables, (format, pid, svg) => {
    const st = saved.state;
    if (!st) return;
    const name = `mmstep-step${st.step}-pid${pid}.${format === 'svg' ? 'svg' : 'txt'}`;
    if (format === 'svg' && svg) post({ type: 'export', format, name, content: svgDocument(svg) });
    else if (format === 'text') post({ type: 'export', format, name, content: exportText(st, pid) });
  });
  installVirtualScrolling(window);
  restore();
} catch (e) {
  showError(errorText(e));
} finally {
  post({ type: 'ready' });
}
