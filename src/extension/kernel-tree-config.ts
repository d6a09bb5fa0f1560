// Which kernel tree a session or a headless run uses for the scenario's `tree:` sources: the
// launch configuration's `kernelTree`, else the `mmstep.kernelTree` setting (machine-overridable:
// user, remote, workspace or folder settings), else none (the scenario's own kernel_tree). Either
// overrides the scenario's `kernel_tree:` as the CLI's --kernel-tree does. The path is expanded
// (setting-path.ts) and checked to be a tree's root before anything starts; a bad one is shown as
// one message naming the setting or attribute, with a button to the setting, and nothing starts.

import * as os from 'os';
import * as vscode from 'vscode';
import { checkKernelTreeRoot } from '../debug/kernel-tree-arg';
import type { FileAccess } from '../sim/types';
import { expandSettingPath } from './setting-path';

export const KERNEL_TREE_SETTING = 'mmstep.kernelTree';

export type KernelTreeChoice =
  | { ok: true; path?: string; origin?: string }
  | { ok: false; message: string; fromSetting: boolean };

/** Where a setting's value comes from, in the words of the Settings editor. */
function settingLevel(scope: vscode.Uri | undefined): string {
  const i = vscode.workspace.getConfiguration('mmstep', scope).inspect<string>('kernelTree');
  if (!i) return 'settings';
  if (i.workspaceFolderValue !== undefined) return 'folder settings';
  if (i.workspaceValue !== undefined) return 'workspace settings';
  return 'user settings';
}

function pathContext(folder: vscode.WorkspaceFolder | undefined): Parameters<typeof expandSettingPath>[1] {
  const folders: Record<string, string> = {};
  for (const f of vscode.workspace.workspaceFolders ?? []) if (f.uri.scheme === 'file') folders[f.name] = f.uri.fsPath;
  const own = folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
  return { ...(own !== undefined ? { folder: own } : {}), folders, home: os.homedir(), env: process.env };
}

/**
 * The kernel tree for a scenario: `attribute` is launch.json's `kernelTree` (undefined when the
 * configuration has none); `scenario` is the scenario's URI, the scope of the setting.
 */
export async function chooseKernelTree(
  files: FileAccess,
  folder: vscode.WorkspaceFolder | undefined,
  scenario: vscode.Uri | undefined,
  attribute: unknown,
): Promise<KernelTreeChoice> {
  let text: string;
  let origin: string;
  const fromSetting = attribute === undefined || attribute === null || attribute === '';
  if (!fromSetting) {
    if (typeof attribute !== 'string') return { ok: false, message: `mmstep: the launch configuration's "kernelTree" must be a path, not ${JSON.stringify(attribute)}`, fromSetting };
    text = attribute;
    origin = `the launch configuration's "kernelTree"`;
  } else {
    const scope = scenario ?? folder?.uri;
    const value = vscode.workspace.getConfiguration('mmstep', scope).get<unknown>('kernelTree');
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return { ok: true };
    origin = `the setting "${KERNEL_TREE_SETTING}" (${settingLevel(scope)})`;
    if (typeof value !== 'string') return { ok: false, message: `mmstep: ${origin} must be a path, not ${JSON.stringify(value)}`, fromSetting };
    text = value;
  }
  const expanded = expandSettingPath(text, pathContext(folder ?? (scenario ? vscode.workspace.getWorkspaceFolder(scenario) : undefined)), origin);
  if (!expanded.ok) return { ok: false, message: `mmstep: ${expanded.message}`, fromSetting };
  const checked = await checkKernelTreeRoot(expanded.path, files, expanded.path === text ? origin : `${origin} ('${text}')`);
  if (!checked.ok) return { ok: false, message: `mmstep: ${checked.message}`, fromSetting };
  return { ok: true, path: expanded.path, origin };
}

/** Shows why the kernel tree cannot be used; from the setting, with a button that opens it. */
export function reportKernelTreeProblem(choice: { message: string; fromSetting: boolean }): void {
  const open = 'Open Setting';
  const shown = choice.fromSetting ? vscode.window.showErrorMessage(choice.message, open) : vscode.window.showErrorMessage(choice.message);
  void shown.then((pick) => {
    if (pick === open) void vscode.commands.executeCommand('workbench.action.openSettings', KERNEL_TREE_SETTING);
  });
}
