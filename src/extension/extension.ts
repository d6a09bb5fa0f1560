// Extension entry point (bundled to dist/extension.js): wires the debug configuration provider,
// the debug adapter factory (a child process per session), the state panel that follows the
// debugger, the Problems panel for scenarios that do not load, the commands and the status bar. Returns a small API that the integration tests use to read the state panel.

import * as vscode from 'vscode';
import type { MmstepApi } from './api';
import { registerCommands } from './commands';
import { registerSelftestCommand } from './selftest-command';
import { DEBUG_TYPE, MmstepAdapterFactory, MmstepConfigurationProvider } from './debug-config';
import { trackDebugSessions } from './debug-tracker';
import { registerEvidence } from './evidence';
import { WorkspaceFileAccess } from './file-access';
import { lastLaunchNotice } from './launch-errors';
import { LoadProblems } from './load-problems';
import { ScenarioLinter } from './scenario-language/lint';
import { registerScenarioProviders } from './scenario-language/providers';
import { STATE_VIEW_TYPE, StatePanel } from './state-panel';
import { TimelineHost } from './timeline';
import { MmstepStatusBar } from './status-bar';
import { registerReview } from './review/register';
import { registerPatchRun } from './review/codelens';

export function activate(context: vscode.ExtensionContext): MmstepApi {
  const out = vscode.window.createOutputChannel('mmstep');
  const files = new WorkspaceFileAccess();
  const panel = new StatePanel(context.extensionUri, out);
  const status = new MmstepStatusBar();
  const timeline = new TimelineHost(panel, out);
  const provider = new MmstepConfigurationProvider(files);
  const adapters = new MmstepAdapterFactory(files, context.extensionPath, out);
  const problems = new LoadProblems();
  registerEvidence(context);
  const review = registerReview(context, out);
  registerPatchRun(context, files);

  context.subscriptions.push(
    out,
    panel,
    timeline,
    status,
    problems,
    problems.tracker(),
    // Scenario files: problems as the user types, completion, hover, "did you mean" fixes.
    new ScenarioLinter(problems, context.extensionPath, files, out),
    ...registerScenarioProviders(),
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
    registerSelftestCommand(files),
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
    timeline: timeline.api(),
    scenarioLanguage: { lastLaunchNotice },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
