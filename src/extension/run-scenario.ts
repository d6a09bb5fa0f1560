// The `mmstep.runScenario` command: runs a scenario to the end without the debugger and writes
// the stages, program output, the final page/PTE state and the verdict to the "mmstep" output
// channel. It is the CLI's `mmstep run` (same Simulation, same text), with the workspace file
// system underneath and the output channel as its terminal.

import * as path from 'path';
import * as vscode from 'vscode';
import type { CliIo } from '../cli/load';
import { runCommand } from '../cli/run';
import type { FileAccess } from '../sim/types';

/** Exit status as in the CLI: 0 expectations hold, 1 they do not, 2 the scenario did not load. */
export async function runScenarioHeadless(scenario: string, files: FileAccess, out: vscode.OutputChannel): Promise<number> {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(scenario))?.uri.fsPath;
  const io: CliIo = {
    out: (t) => out.append(t),
    err: (t) => out.append(t),
    color: false,
    files,
    absolute: (p) => (path.isAbsolute(p) ? p : path.resolve(folder ?? path.dirname(scenario), p)),
    display: (p) => {
      if (!folder || !path.isAbsolute(p)) return p;
      const rel = path.relative(folder, p);
      return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
    },
  };
  out.show(true);
  out.appendLine(`\n$ mmstep run ${io.display(scenario)}`);
  let code: number;
  try {
    code = await runCommand(io, scenario, { json: false, trace: false, quiet: false });
  } catch (e) {
    out.appendLine(`mmstep: internal error while running ${scenario}: ${e instanceof Error ? e.message : String(e)}`);
    code = 3;
  }
  if (code === 2) void vscode.window.showErrorMessage(`mmstep: ${io.display(scenario)} did not load; the problems are listed in the "mmstep" output.`);
  else if (code !== 0) void vscode.window.showWarningMessage(`mmstep: ${io.display(scenario)} — verdict FAIL (see the "mmstep" output).`);
  return code;
}
