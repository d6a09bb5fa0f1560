// Entry point of the state webview (bundled to dist/webview.js). A pure renderer: the host pushes
// the StateView of each debugger stop; the view renders it, remembers it with setState so it
// comes back after the panel is hidden or reloaded, and reports a summary of what it rendered.

import type { StateView } from '../protocol/state';
import { mount } from './dom';
import { initRovingTabindex, installNavigation } from './keyboard';
import { checkStateView, HostToWebview, WebviewToHost } from './messages';
import { renderEmpty, renderState, summarize } from './render-state';
import { h } from './vnode';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** What is persisted with setState (survives hide/show and webview reload). */
interface SavedState {
  state?: StateView;
  ended?: boolean;
}

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') ?? document.body;
let saved: SavedState = {};

function post(m: WebviewToHost): void {
  vscode.postMessage(m);
}

function focusedKey(): string | undefined {
  const active = document.activeElement as HTMLElement | null;
  if (!active || !root.contains(active)) return undefined;
  return active.closest<HTMLElement>('tr.row')?.dataset.key;
}

function show(state: StateView): void {
  const key = focusedKey();
  const tree = renderState(state);
  mount(root, saved.ended ? h('div', { class: 'ended' }, h('p', { class: 'ended-banner', role: 'note' }, 'The debug session has ended; this is its last state.'), tree) : tree);
  initRovingTabindex(root, key, key !== undefined);
  post({ type: 'rendered', ...summarize(state, tree) });
}

function showError(message: string): void {
  mount(root, h('main', { id: 'state', class: 'error' }, h('p', { role: 'alert' }, `mmstep state view: ${message}`)));
  post({ type: 'error', message });
}

window.addEventListener('message', (ev: MessageEvent) => {
  const m = ev.data as HostToWebview | undefined;
  if (!m || typeof m !== 'object') return;
  try {
    if (m.type === 'state') {
      const problem = checkStateView(m.state);
      if (problem) {
        showError(`received a malformed state (${problem})`);
        return;
      }
      saved = { state: m.state, ended: false };
      vscode.setState(saved);
      show(m.state);
    } else if (m.type === 'ended') {
      saved = { ...saved, ended: true };
      vscode.setState(saved);
      if (saved.state) show(saved.state);
    }
  } catch (e) {
    showError(e instanceof Error ? e.message : String(e));
  }
});

installNavigation(root);

const restored = vscode.getState() as SavedState | undefined;
if (restored && restored.state && !checkStateView(restored.state)) {
  saved = restored;
  show(restored.state);
} else {
  mount(root, renderEmpty());
}
post({ type: 'ready' });
