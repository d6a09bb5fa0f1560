// Makes the state panel and the status bar follow mmstep debug sessions: opens the panel when a
// session starts, forwards the adapter's `mmstepState` custom event (sent after every stop) to
// it, refetches the state when the user switches between sessions, and marks the end.

import * as vscode from 'vscode';
import type { StateView } from '../protocol/state';
import { DEBUG_TYPE } from './debug-config';
import type { StatePanel } from './state-panel';
import type { MmstepStatusBar } from './status-bar';

/** Custom DAP event and request of the adapter (src/debug/session.ts STATE_EVENT). */
export const STATE_EVENT = 'mmstepState';

function stateOf(body: unknown): StateView | undefined {
  const s = (body as { state?: unknown } | undefined)?.state;
  return s && typeof s === 'object' && typeof (s as StateView).step === 'number' ? (s as StateView) : undefined;
}

/** Ask an mmstep session for its current state (the adapter answers customRequest('mmstepState')). */
export async function fetchState(session: vscode.DebugSession): Promise<StateView | undefined> {
  try {
    return stateOf(await session.customRequest(STATE_EVENT));
  } catch {
    return undefined; // not launched yet, or already ended
  }
}

export function trackDebugSessions(panel: StatePanel, status: MmstepStatusBar, log: vscode.OutputChannel): vscode.Disposable[] {
  const live = new Set<string>();
  // Events from a session other than the one the user looks at must not overwrite the view.
  const isFocused = (s: vscode.DebugSession): boolean => {
    const active = vscode.debug.activeDebugSession;
    return !active || active.id === s.id || active.type !== DEBUG_TYPE;
  };

  return [
    vscode.debug.onDidStartDebugSession((s) => {
      if (s.type !== DEBUG_TYPE) return;
      live.add(s.id);
      status.sessionStarted(s.name);
      void panel.show(true, true);
    }),
    vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
      if (e.session.type !== DEBUG_TYPE || e.event !== STATE_EVENT || !isFocused(e.session)) return;
      const state = stateOf(e.body);
      if (!state) {
        log.appendLine(`ignored a malformed ${STATE_EVENT} event from ${e.session.name}`);
        return;
      }
      panel.update(state);
      status.update(state);
    }),
    vscode.debug.onDidChangeActiveDebugSession(async (s) => {
      if (!s || s.type !== DEBUG_TYPE || !live.has(s.id)) return;
      const state = await fetchState(s);
      if (state && vscode.debug.activeDebugSession?.id === s.id) {
        panel.update(state);
        status.update(state);
      }
    }),
    vscode.debug.onDidTerminateDebugSession((s) => {
      if (s.type !== DEBUG_TYPE) return;
      live.delete(s.id);
      if (live.size === 0) {
        // A scenario that failed to load leaves no state behind: do not leave an empty panel.
        panel.closeIfEmpty();
        panel.sessionEnded();
        status.sessionEnded();
      }
    }),
  ];
}
