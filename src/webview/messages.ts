// Messages between the extension host (src/extension/state-panel.ts) and the state webview.
// Host → webview: the StateView of the debugger's current stop. Webview → host: readiness and a
// summary of what was rendered (integration tests read it back through the extension's API).

import type { StateView } from '../protocol/state';
import type { RenderSummary } from './render-state';

export type HostToWebview =
  | { type: 'state'; state: StateView }
  /** The debug session ended; keep showing the last state, marked as final. */
  | { type: 'ended'; reason?: string };

export type WebviewToHost =
  | { type: 'ready' }
  | ({ type: 'rendered' } & RenderSummary)
  | { type: 'error'; message: string };

export type { RenderSummary };

function isArray(x: unknown): x is unknown[] {
  return Array.isArray(x);
}

/**
 * Shallow shape check of a StateView received over postMessage, so a malformed message gives a
 * readable error in the view instead of an exception half-way through rendering.
 * Returns an error message, or undefined when the value looks like a StateView.
 */
export function checkStateView(x: unknown): string | undefined {
  if (typeof x !== 'object' || x === null) return 'state is not an object';
  const s = x as Record<string, unknown>;
  if (typeof s.step !== 'number') return 'state.step is not a number';
  for (const k of ['processes', 'pages', 'tlbs', 'locks', 'arrays', 'violations', 'changed']) {
    if (!isArray(s[k])) return `state.${k} is not an array`;
  }
  for (const [i, p] of (s.processes as unknown[]).entries()) {
    const proc = p as Record<string, unknown> | null;
    if (!proc || typeof proc.pid !== 'number' || !isArray(proc.ptes) || !isArray(proc.vmas)) return `state.processes[${i}] is malformed`;
  }
  for (const [i, p] of (s.pages as unknown[]).entries()) {
    const pg = p as Record<string, unknown> | null;
    if (!pg || typeof pg.pfn !== 'number' || typeof pg.key !== 'string' || !isArray(pg.lockWaiters) || !isArray(pg.flags)) return `state.pages[${i}] is malformed`;
  }
  for (const [i, t] of (s.tlbs as unknown[]).entries()) {
    const tl = t as Record<string, unknown> | null;
    if (!tl || typeof tl.cpu !== 'number' || !isArray(tl.entries)) return `state.tlbs[${i}] is malformed`;
  }
  for (const [i, l] of (s.locks as unknown[]).entries()) {
    const lk = l as Record<string, unknown> | null;
    if (!lk || typeof lk.name !== 'string' || !isArray(lk.waiters)) return `state.locks[${i}] is malformed`;
  }
  for (const [i, a] of (s.arrays as unknown[]).entries()) {
    const ar = a as Record<string, unknown> | null;
    if (!ar || typeof ar.name !== 'string' || !isArray(ar.slots)) return `state.arrays[${i}] is malformed`;
  }
  return undefined;
}
