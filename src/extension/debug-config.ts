// Debug configuration for the `mmstep` debugger type: initial launch.json entries (one per
// scenario found in the workspace), filling `scenario` from the active editor when it is missing
// (F5 on an open *.mmstep.yaml with no launch.json), and the adapter factory: MmstepDebugSession
// in a child process (or, for virtual file systems, inside the extension host), behind the filter
// that shows a scenario's load errors in the Problems view instead of a modal (launch-errors.ts).

import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { MmstepDebugSession } from '../debug/session';
import type { FileAccess } from '../sim/types';
import { VscodeChildAdapter } from './child-adapter';
import { chooseKernelTree, reportKernelTreeProblem } from './kernel-tree-config';
import { LaunchErrorFilter } from './launch-errors';
import { activeScenario, scenarioLabel } from './scenario-file';

export const DEBUG_TYPE = 'mmstep';

export function scenarioConfiguration(scenario: string, name: string): vscode.DebugConfiguration {
  return { type: DEBUG_TYPE, request: 'launch', name, scenario, stopOnEntry: true };
}

export class MmstepConfigurationProvider implements vscode.DebugConfigurationProvider {
  /** `files` reads what the kernel-tree check needs (the tree's top Makefile). */
  constructor(private readonly files?: FileAccess) {}

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
    // A selftest launch runs a kernel tree's hmm-tests.c, not a scenario (selftest-command.ts).
    if (config.selftest !== undefined && (config.scenario === undefined || config.scenario === '')) {
      if (config.stopOnEntry === undefined) config.stopOnEntry = true;
      return config;
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

  async resolveDebugConfigurationWithSubstitutedVariables(
    folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): Promise<vscode.DebugConfiguration | undefined> {
    // A relative scenario path is relative to the workspace folder, like other launch.json paths.
    if (typeof config.scenario === 'string' && config.scenario && !path.isAbsolute(config.scenario) && folder) {
      config.scenario = path.join(folder.uri.fsPath, config.scenario);
    }
    // launch.json's kernelTree, else the mmstep.kernelTree setting: checked here, so a bad path
    // is one message and no session starts (undefined: VS Code neither starts nor opens launch.json).
    if (this.files) {
      const scenarioUri = typeof config.scenario === 'string' && path.isAbsolute(config.scenario) ? vscode.Uri.file(config.scenario) : undefined;
      const tree = await chooseKernelTree(this.files, folder, scenarioUri, config.kernelTree);
      if (!tree.ok) {
        reportKernelTreeProblem(tree);
        return undefined;
      }
      if (tree.path !== undefined) {
        config.kernelTree = tree.path;
        config.kernelTreeOrigin = tree.origin;
      } else if (config.selftest !== undefined) {
        reportKernelTreeProblem({ message: `mmstep: "${config.name ?? 'selftest'}" runs a test of a kernel tree's hmm-tests.c: set "kernelTree" in the launch configuration or the setting mmstep.kernelTree`, fromSetting: true });
        return undefined;
      } else delete config.kernelTree;
    }
    return config;
  }
}

/** Where the adapter runs: a child process (the default), or inline in the extension host. */
export type AdapterMode = 'child' | 'inline';

/**
 * The adapter for a session. By default it runs as a child process (dist/debugAdapter.js under
 * this Node with a heap limit), so a runaway or an out-of-memory in the simulated C cannot take
 * the extension host down; the child reads files with Node's fs, which sees the workspace when it
 * is on this machine's file system (a local folder, or the remote side of code-server / SSH,
 * where the extension host runs). A workspace on another file system (a virtual one a provider
 * serves) keeps the inline adapter, which reads through vscode.workspace.fs; so does
 * MMSTEP_INLINE_ADAPTER=1.
 */
export class MmstepAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  /** The mode of the last adapter created (for tests). */
  lastMode: AdapterMode | undefined;
  /** The last child adapter created, while it runs (for tests). */
  lastChild: VscodeChildAdapter | undefined;

  constructor(
    private readonly files: FileAccess,
    private readonly extensionPath: string,
    private readonly log: vscode.OutputChannel,
  ) {}

  modeFor(session: vscode.DebugSession): AdapterMode {
    if (process.env.MMSTEP_INLINE_ADAPTER === '1') return 'inline';
    const scheme = session.workspaceFolder?.uri.scheme ?? 'file';
    const scenario = session.configuration.scenario;
    const uriScheme = typeof scenario === 'string' ? /^([a-z][a-z0-9+.-]+):\/\//i.exec(scenario)?.[1] : undefined;
    const onDisk = (s: string | undefined) => s === undefined || s === 'file' || s === 'vscode-remote';
    if (!onDisk(scheme) || !onDisk(uriScheme)) return 'inline';
    return fs.existsSync(this.adapterScript()) ? 'child' : 'inline';
  }

  adapterScript(): string {
    return path.join(this.extensionPath, 'dist', 'debugAdapter.js');
  }

  createDebugAdapterDescriptor(session: vscode.DebugSession): vscode.ProviderResult<vscode.DebugAdapterDescriptor> {
    const mode = this.modeFor(session);
    this.lastMode = mode;
    // A scenario that does not load is shown in the Problems view, not in a modal (launch-errors.ts).
    if (mode === 'inline') return new vscode.DebugAdapterInlineImplementation(new LaunchErrorFilter(new MmstepDebugSession(this.files) as unknown as vscode.DebugAdapter));
    const cwd = session.workspaceFolder?.uri.scheme === 'file' ? session.workspaceFolder.uri.fsPath : undefined;
    const adapter = new VscodeChildAdapter(this.adapterScript(), cwd, this.log);
    this.lastChild = adapter;
    void adapter.child.exited.then(() => {
      if (this.lastChild === adapter) this.lastChild = undefined;
    });
    return new vscode.DebugAdapterInlineImplementation(new LaunchErrorFilter(adapter));
  }
}
