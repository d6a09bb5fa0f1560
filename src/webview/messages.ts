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

/** Full validation of a received StateView lives in src/protocol (the host uses it too). */
export { checkStateView, parseStateView } from '../protocol/check-state';
