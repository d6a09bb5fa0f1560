// How a launch that fails because the scenario does not load is shown. VS Code answers a failed
// launch response with a modal dialog whose first button is "Open launch.json" — wrong when the
// problem is a line of the YAML or of a C source. Between VS Code and the adapter (child or
// inline) this filter watches the adapter's `mmstepDiagnostics` event: when a launch or restart
// fails after the load reported problems, the response is marked `showUser: false` (VS Code then
// shows no dialog) and a short non-modal message points to the Problems view, where LoadProblems
// has put the diagnostics. A failure with no scenario diagnostics (bad launch.json attributes,
// a kernelTree that is no tree) keeps VS Code's dialog: there launch.json is the place to fix.

import * as vscode from 'vscode';
import type { Diagnostic } from '../sim/types';

/** The adapter's event after every load (src/debug/run-control.ts). */
const DIAGNOSTICS_EVENT = 'mmstepDiagnostics';

type Message = { type?: string; event?: string; command?: string; success?: boolean; message?: string; body?: Record<string, unknown> };

/** The last message shown for a failed launch (for the integration tests). */
let lastNotice: string | undefined;
export function lastLaunchNotice(): string | undefined {
  return lastNotice;
}

function where(d: Diagnostic): string {
  const base = d.file.split(/[\\/]/).pop() ?? d.file;
  return `${base}:${d.line}:${d.column}`;
}

/** The non-modal message for a scenario that did not load; "Show Problems" opens the Problems view. */
export function showLoadFailure(scenario: string, diagnostics: Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity !== 'warning');
  const first = errors[0] ?? diagnostics[0];
  const name = scenario.split(/[\\/]/).pop() ?? scenario;
  const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
  lastNotice = `mmstep: ${name} did not load: ${where(first)}: ${first.message}${more}. See the Problems view.`;
  void vscode.window.showErrorMessage(lastNotice, 'Show Problems', 'Go to Problem').then((pick) => {
    if (pick === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
    else if (pick === 'Go to Problem') {
      const uri = /^[a-z][a-z0-9+.-]+:\/\//i.test(first.file) ? vscode.Uri.parse(first.file) : vscode.Uri.file(first.file);
      const pos = new vscode.Position(Math.max(0, first.line - 1), Math.max(0, first.column - 1));
      void vscode.window.showTextDocument(uri, { selection: new vscode.Range(pos, pos) });
    }
  });
}

/** Wraps an adapter: a launch/restart that fails with scenario diagnostics shows no modal. */
export class LaunchErrorFilter implements vscode.DebugAdapter {
  private readonly emitter = new vscode.EventEmitter<vscode.DebugProtocolMessage>();
  readonly onDidSendMessage = this.emitter.event;
  private readonly sub: vscode.Disposable;
  /** The problems of the last load, while a launch or restart waits for its response. */
  private lastLoad: { scenario: string; diagnostics: Diagnostic[] } | undefined;

  constructor(private readonly inner: vscode.DebugAdapter) {
    this.sub = inner.onDidSendMessage((m) => this.emitter.fire(this.filter(m as Message) as vscode.DebugProtocolMessage));
  }

  private filter(m: Message): Message {
    if (m.type === 'event' && m.event === DIAGNOSTICS_EVENT) {
      const b = m.body ?? {};
      const ds = Array.isArray(b.diagnostics) ? (b.diagnostics as Diagnostic[]) : [];
      this.lastLoad = typeof b.scenario === 'string' && ds.length ? { scenario: b.scenario, diagnostics: ds } : undefined;
      return m;
    }
    if (m.type === 'response' && (m.command === 'launch' || m.command === 'restart') && m.success === false && this.lastLoad) {
      const load = this.lastLoad;
      this.lastLoad = undefined;
      const error = (m.body?.error ?? {}) as Record<string, unknown>;
      showLoadFailure(load.scenario, load.diagnostics);
      return { ...m, body: { ...(m.body ?? {}), error: { id: 1, format: m.message ?? 'the scenario did not load', ...error, showUser: false } } };
    }
    return m;
  }

  handleMessage(message: vscode.DebugProtocolMessage): void {
    this.inner.handleMessage(message);
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
    this.inner.dispose();
  }
}
