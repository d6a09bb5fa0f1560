// How a launch that fails because the scenario does not load is shown. VS Code answers a failed
// launch response with a modal dialog whose first button is "Open launch.json" — wrong when the
// problem is a line of the YAML or of a C source. Between VS Code and the adapter (child or
// inline) this filter watches the adapter's `mmstepDiagnostics` event: when a launch or restart
// fails after the load reported problems, the response is marked `showUser: false` (VS Code then
// shows no dialog) and a short non-modal message points to the Problems view, where LoadProblems
// has put the diagnostics (the decision: launch-failure.ts). A failure with no scenario diagnostics (bad launch.json attributes,
// a kernelTree that is no tree) keeps VS Code's dialog: there launch.json is the place to fix.

import * as vscode from 'vscode';
import { LaunchFailureWatch, loadFailureNotice, type LoadFailure } from './launch-failure';

/** The last message shown for a failed launch (for the integration tests). */
let lastNotice: string | undefined;
export function lastLaunchNotice(): string | undefined {
  return lastNotice;
}

/** The non-modal message for a scenario that did not load; "Show Problems" opens the Problems view. */
export function showLoadFailure(f: LoadFailure): void {
  const first = f.diagnostics.find((d) => d.severity !== 'warning') ?? f.diagnostics[0];
  lastNotice = loadFailureNotice(f);
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
  private readonly watch = new LaunchFailureWatch();

  constructor(private readonly inner: vscode.DebugAdapter) {
    this.sub = inner.onDidSendMessage((m) => {
      const { message, failure } = this.watch.observe(m as Record<string, unknown>);
      if (failure) showLoadFailure(failure);
      this.emitter.fire(message as vscode.DebugProtocolMessage);
    });
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
