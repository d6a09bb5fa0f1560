// Debug configuration for the `mmstep` debugger type: initial launch.json entries (one per
// scenario found in the workspace), filling `scenario` from the active editor when it is missing
// (F5 on an open *.mmstep.yaml with no launch.json), and the inline adapter factory that runs
// MmstepDebugSession inside the extension host.

import * as path from 'path';
import * as vscode from 'vscode';
import { MmstepDebugSession } from '../debug/session';
import type { FileAccess } from '../sim/types';
import { activeScenario, scenarioLabel } from './scenario-file';

export const DEBUG_TYPE = 'mmstep';

export function scenarioConfiguration(scenario: string, name: string): vscode.DebugConfiguration {
  return { type: DEBUG_TYPE, request: 'launch', name, scenario, stopOnEntry: true };
}

export class MmstepConfigurationProvider implements vscode.DebugConfigurationProvider {
  async provideDebugConfigurations(folder: vscode.WorkspaceFolder | undefined): Promise<vscode.DebugConfiguration[]> {
    const pattern = folder ? new vscode.RelativePattern(folder, `**/*.mmstep.yaml`) : '**/*.mmstep.yaml';
    const found = await vscode.workspace.findFiles(pattern, '**/node_modules/**', 50);
    const configs = found
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((uri) => {
        const rel = folder ? path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/') : undefined;
        return scenarioConfiguration(rel ? `\${workspaceFolder}/${rel}` : uri.fsPath, `mmstep: ${scenarioLabel(uri)}`);
      });
    return configs.length ? configs : [scenarioConfiguration('${file}', 'mmstep: debug the open scenario')];
  }

  resolveDebugConfiguration(
    _folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): vscode.ProviderResult<vscode.DebugConfiguration> {
    // F5 without a launch.json arrives as an empty configuration.
    if (!config.type && !config.request && !config.name) {
      const doc = activeScenario();
      if (!doc) {
        void vscode.window.showErrorMessage('mmstep: open a *.mmstep.yaml scenario to debug it, or add an "mmstep" launch configuration.');
        return undefined;
      }
      return scenarioConfiguration(doc.uri.fsPath, `mmstep: ${scenarioLabel(doc.uri)}`);
    }
    if (config.scenario === undefined || config.scenario === '') {
      const doc = activeScenario();
      if (!doc) {
        void vscode.window.showErrorMessage(`mmstep: launch configuration "${config.name ?? ''}" has no "scenario", and the active editor is not a *.mmstep.yaml file.`);
        return undefined;
      }
      config.scenario = doc.uri.fsPath;
    }
    if (config.stopOnEntry === undefined) config.stopOnEntry = true;
    return config;
  }

  resolveDebugConfigurationWithSubstitutedVariables(
    folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): vscode.ProviderResult<vscode.DebugConfiguration> {
    // A relative scenario path is relative to the workspace folder, like other launch.json paths.
    if (typeof config.scenario === 'string' && config.scenario && !path.isAbsolute(config.scenario) && folder) {
      config.scenario = path.join(folder.uri.fsPath, config.scenario);
    }
    return config;
  }
}

/** Runs the debug adapter in the extension host (vscode-mock-debug's "inline" mode). */
export class InlineAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly files: FileAccess) {}

  createDebugAdapterDescriptor(_session: vscode.DebugSession): vscode.ProviderResult<vscode.DebugAdapterDescriptor> {
    return new vscode.DebugAdapterInlineImplementation(new MmstepDebugSession(this.files));
  }
}
