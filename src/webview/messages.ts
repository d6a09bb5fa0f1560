// Messages between the extension host (src/extension/state-panel.ts) and the state webview.
// Host → webview: the StateView of the debugger's current stop (packed, packed-state.ts, when it
// validates). Webview → host: readiness and a
// summary of what was rendered (integration tests read it back through the extension's API).

import type { StateView } from '../protocol/state';
import type { PackedState } from './packed-state';
import type { RenderSummary } from './render-state';

export type HostToWebview =
  /**
   * The state of a stop: `packed` (packed-state.ts, what the host sends for a state that
   * validates) or `state` as it is. `reset`: the first state of a new debug session (the view
   * scrolls back to the top).
   */
  | { type: 'state'; state: StateView; packed?: undefined; reset?: boolean }
  | { type: 'state'; packed: PackedState; state?: undefined; reset?: boolean }
  /** The debug session ended; keep showing the last state, marked as final. */
  | { type: 'ended'; reason?: string };

export type WebviewToHost =
  | { type: 'ready' }
  | ({ type: 'rendered' } & RenderSummary)
  | { type: 'error'; message: string }
  /** Export of the page-table picture: an SVG document or text for a review reply. */
  | { type: 'export'; format: 'svg' | 'text'; content: string; name: string };

export type { RenderSummary };

/** Full validation of a received StateView lives in src/protocol (the host uses it too). */
export { checkStateView, parseStateView } from '../protocol/check-state';
export { unpackState } from './unpack-state';
