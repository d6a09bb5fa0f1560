// Extension entry point (bundled to dist/extension.js): wires the debug configuration provider,
// the debug adapter factory (a child process per session), the state panel that follows the
// debugger, the Problems panel for scenarios that do not load, the commands and the status bar. Returns a small API that the integration tests use to read the state panel.

import * as vscode from 'vscode';
import type { MmstepApi } from './api';
import { registerCommands } from './commands';
import { DEBUG_TYPE, MmstepAdapterFactory, MmstepConfigurationProvider } from './debug-config';
import { trackDebugSessions } from './debug-tracker';
import { registerEvidence } from './evidence';
import { WorkspaceFileAccess } from './file-access';
import { LoadProblems } from './load-problems';
import { STATE_VIEW_TYPE, StatePanel } from './state-panel';
import { MmstepStatusBar } from './status-bar';
import { registerReview } from './review/register';
import { registerPatchRun } from './review/codelens';

export function activate(context: vscode.ExtensionContext): MmstepApi {
  const out = vscode.window.createOutputChannel('mmstep');
  const files = new WorkspaceFileAccess();
  const panel = new StatePanel(context.extensionUri, out);
  const status = new MmstepStatusBar();
  const provider = new MmstepConfigurationProvider(files);
  const adapters = new MmstepAdapterFactory(files, context.extensionPath, out);
  const problems = new LoadProblems();
  registerEvidence(context);
  const review = registerReview(context, out);
  registerPatchRun(context, files);

  context.subscriptions.push(
    out,
    panel,
    status,
    problems,
    problems.tracker(),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, provider, vscode.DebugConfigurationProviderTriggerKind.Initial),
    // The dynamic provider only lists configurations (one per scenario in the workspace) for the
    // Run and Debug dropdown; resolving stays with the provider above so it runs once.
    vscode.debug.registerDebugConfigurationProvider(
      DEBUG_TYPE,
      { provideDebugConfigurations: (folder) => provider.provideDebugConfigurations(folder) },
      vscode.DebugConfigurationProviderTriggerKind.Dynamic,
    ),
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, adapters),
    // Restore the state panel after a window reload; the webview redraws from its saved state
    // and the host re-sends the current one if a session is still running.
    vscode.window.registerWebviewPanelSerializer(STATE_VIEW_TYPE, {
      async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel): Promise<void> {
        panel.attach(webviewPanel);
      },
    }),
    ...trackDebugSessions(panel, status, out),
    ...registerCommands(panel, files, out, context.extensionPath),
    ...review.disposables,
  );

  return {
    statePanel: {
      isOpen: () => panel.isOpen(),
      lastState: () => panel.lastState(),
      lastRendered: () => panel.lastRendered(),
      waitForRender: (pred, timeoutMs) => panel.waitForRender(pred, timeoutMs),
    },
    debugAdapter: {
      lastMode: () => adapters.lastMode,
      childPid: () => adapters.lastChild?.child.pid,
    },
    review: review.api,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
