// "mmstep: Debug a Kernel Selftest…" (issue 12 item 6): pick one run of a kernel tree's own
// hmm-tests.c and debug it, as a launch configuration with "selftest" would. The tree is the
// argument's, else the mmstep.kernelTree setting, else one the user picks in a folder dialog;
// the runs are listed from the tree's file (compiled with mmstep's harness, about a second),
// each with where its TEST_F is. An argument `{ kernelTree?, test? }` skips the pickers (a
// keybinding, a task, the tests).

import * as vscode from 'vscode';
import type { FileAccess } from '../sim/types';
import type { PolicyFileAccess } from '../sim/source-policy';
import { diagnosticsOf } from '../debug/messages';
import { formatDiagnostic } from '../sim/types';
import { DEBUG_TYPE } from './debug-config';
import { chooseKernelTree, reportKernelTreeProblem } from './kernel-tree-config';

export const DEBUG_SELFTEST_COMMAND = 'mmstep.debugSelftest';

export function selftestConfiguration(test: string, kernelTree: string): vscode.DebugConfiguration {
  return { type: DEBUG_TYPE, request: 'launch', name: `mmstep: selftest ${test}`, selftest: test, kernelTree, stopOnEntry: true };
}

interface SelftestArg {
  kernelTree?: unknown;
  test?: unknown;
}

/** The kernel tree to use: the argument's, the setting's, or a folder the user picks (checked). */
async function pickTree(files: FileAccess, arg: SelftestArg): Promise<string | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  let choice = await chooseKernelTree(files, folder, undefined, arg.kernelTree);
  if (choice.ok && choice.path === undefined) {
    const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Use this kernel tree', title: 'mmstep: the root of a Linux kernel tree (with tools/testing/selftests/mm/hmm-tests.c)' });
    if (!picked?.length) return undefined;
    choice = await chooseKernelTree(files, folder, undefined, picked[0].fsPath);
  }
  if (!choice.ok) {
    reportKernelTreeProblem(choice);
    return undefined;
  }
  return choice.path;
}

/** The run the user picks from the tree's hmm-tests.c, or undefined (cancelled, or a message shown). */
async function pickTest(files: FileAccess, tree: string): Promise<string | undefined> {
  const kernelDir = (await import('../sim/load-user')).mmstepKernelDir((files as PolicyFileAccess).sourceRoots?.() ?? []);
  if (!kernelDir) {
    void vscode.window.showErrorMessage("mmstep: cannot find mmstep's kernel/ folder (its selftest harness and libc)");
    return undefined;
  }
  const { treeSelftestList } = await import('../sim/selftest-session');
  let list;
  try {
    list = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `mmstep: reading the selftests of ${tree}` }, () => treeSelftestList(tree, files, kernelDir));
  } catch (e) {
    const ds = diagnosticsOf(e);
    void vscode.window.showErrorMessage(`mmstep: cannot list the selftests of ${tree}: ${ds?.length ? ds.map(formatDiagnostic).join('; ') : (e as Error).message}`);
    return undefined;
  }
  const rel = list.file.startsWith(tree + '/') ? list.file.slice(tree.length + 1) : list.file;
  const items = list.cases.map((c) => ({
    label: c.name,
    description: c.variant ? `${c.test} · ${c.variant}` : c.test,
    detail: `${rel}:${c.line}`,
  }));
  const pick = await vscode.window.showQuickPick(items, { title: `mmstep: debug a test of ${rel} (Linux ${list.version})`, placeHolder: 'fixture.variant.test', matchOnDescription: true, matchOnDetail: true });
  return pick?.label;
}

export function registerSelftestCommand(files: FileAccess): vscode.Disposable {
  return vscode.commands.registerCommand(DEBUG_SELFTEST_COMMAND, async (raw?: unknown) => {
    const arg: SelftestArg = raw && typeof raw === 'object' ? (raw as SelftestArg) : {};
    const tree = await pickTree(files, arg);
    if (!tree) return false;
    const test = typeof arg.test === 'string' && arg.test ? arg.test : await pickTest(files, tree);
    if (!test) return false;
    return vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], selftestConfiguration(test, tree));
  });
}
