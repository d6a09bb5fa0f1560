// Finding "the scenario the user means": a `*.mmstep.yaml` given explicitly (command argument,
// explorer context menu) or the one in the active editor. Shared by the commands and the debug
// configuration provider.

import * as vscode from 'vscode';

export const SCENARIO_SUFFIX = '.mmstep.yaml';

export function isScenarioUri(uri: vscode.Uri | undefined): uri is vscode.Uri {
  return !!uri && uri.path.toLowerCase().endsWith(SCENARIO_SUFFIX);
}

export function activeScenario(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && isScenarioUri(doc.uri) ? doc : undefined;
}

/**
 * The scenario to act on: `arg` if it is a scenario URI, else the active editor's. Saves the
 * document first when it has unsaved edits, because the simulator reads the file from disk.
 * Shows an error and returns undefined when there is none.
 */
export async function pickScenario(arg: unknown): Promise<vscode.Uri | undefined> {
  let uri: vscode.Uri | undefined = arg instanceof vscode.Uri ? arg : undefined;
  if (uri !== undefined && !uri.path.toLowerCase().endsWith(SCENARIO_SUFFIX)) {
    void vscode.window.showErrorMessage(`mmstep: ${uri.fsPath} is not a scenario (expected a *${SCENARIO_SUFFIX} file).`);
    return undefined;
  }
  if (!uri) uri = activeScenario()?.uri;
  if (!uri) {
    void vscode.window.showErrorMessage(`mmstep: open a *${SCENARIO_SUFFIX} scenario file first (see the examples/ folder).`);
    return undefined;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri!.toString());
  if (doc?.isDirty) await doc.save();
  return uri;
}

export function scenarioLabel(uri: vscode.Uri): string {
  const base = uri.path.split('/').pop() ?? uri.path;
  return base.slice(0, base.length - SCENARIO_SUFFIX.length) || base;
}
