// The mmstep.* commands: open the state panel, debug the scenario in the active editor (or the
// one picked in the explorer), and run it headless into the output channel.

import * as vscode from 'vscode';
import type { FileAccess } from '../sim/types';
import { DEBUG_TYPE, scenarioConfiguration } from './debug-config';
import { fetchState } from './debug-tracker';
import { chooseKernelTree, reportKernelTreeProblem } from './kernel-tree-config';
import { runScenarioHeadless } from './run-scenario';
import { pickScenario, scenarioLabel } from './scenario-file';
import type { StatePanel } from './state-panel';

export function registerCommands(panel: StatePanel, files: FileAccess, out: vscode.OutputChannel, extensionPath?: string): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('mmstep.showState', async () => {
      await panel.show(false);
      const s = vscode.debug.activeDebugSession;
      if (s && s.type === DEBUG_TYPE) {
        const state = await fetchState(s);
        if (state) panel.update(state);
      }
    }),
    vscode.commands.registerCommand('mmstep.debugScenario', async (arg?: unknown) => {
      const uri = await pickScenario(arg);
      if (!uri) return false;
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      return vscode.debug.startDebugging(folder, scenarioConfiguration(uri.fsPath, `mmstep: ${scenarioLabel(uri)}`));
    }),
    vscode.commands.registerCommand('mmstep.runScenario', async (arg?: unknown) => {
      const uri = await pickScenario(arg);
      if (!uri) return undefined;
      // The mmstep.kernelTree setting, as the debugger uses it; a bad one runs nothing.
      const tree = await chooseKernelTree(files, vscode.workspace.getWorkspaceFolder(uri), uri, undefined);
      if (!tree.ok) {
        reportKernelTreeProblem(tree);
        return 2;
      }
      return runScenarioHeadless(uri.fsPath, files, out, extensionPath, uri.scheme, tree.path);
    }),
  ];
}
