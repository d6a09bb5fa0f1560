// The `mmstep.runScenario` command: runs a scenario to the end without the debugger and writes
// the stages, program output, the final page/PTE state and the verdict to the "mmstep" output
// channel. It is the CLI's `mmstep run` — run as a child process (dist/cli.js under this Node,
// with a heap limit), its output streamed to the channel, with a Cancel button and a timeout, so
// C that loops or exhausts the heap ends the child, not the extension host. A workspace on a
// virtual file system (not readable with Node's fs) runs in-process, through vscode.workspace.fs.
// The mmstep.kernelTree setting becomes the CLI's --kernel-tree (commands.ts checks it first).

import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CliIo } from '../cli/load';
import { runCommand } from '../cli/run';
import { startNodeChild } from '../debug/node-child';
import type { FileAccess } from '../sim/types';

/** Wall-clock limit of a headless run, in seconds (MMSTEP_RUN_TIMEOUT_S overrides it). */
export const DEFAULT_RUN_TIMEOUT_S = 300;

function timeoutSeconds(): number {
  const v = Number(process.env.MMSTEP_RUN_TIMEOUT_S);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_RUN_TIMEOUT_S;
}

/** Exit status as in the CLI: 0 expectations hold, 1 they do not, 2 the scenario did not load; 3 the run did not finish. */
export async function runScenarioHeadless(
  scenario: string,
  files: FileAccess,
  out: vscode.OutputChannel,
  extensionPath?: string,
  scheme = 'file',
  kernelTree?: string,
): Promise<number> {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(scenario))?.uri.fsPath;
  const display = (p: string): string => {
    if (!folder || !path.isAbsolute(p)) return p;
    const rel = path.relative(folder, p);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
  };
  out.show(true);
  const treeArgs = kernelTree !== undefined ? ['--kernel-tree', kernelTree] : [];
  out.appendLine(`\n$ mmstep run ${display(scenario)}${kernelTree !== undefined ? ` --kernel-tree ${display(kernelTree)}` : ''}`);
  const cli = extensionPath ? path.join(extensionPath, 'dist', 'cli.js') : undefined;
  const code =
    cli && scheme === 'file' && process.env.MMSTEP_INLINE_ADAPTER !== '1' && fs.existsSync(cli)
      ? await runInChild(cli, [scenario, ...treeArgs], folder ?? path.dirname(scenario), display, out)
      : await runInProcess(scenario, files, out, folder, display, kernelTree);
  if (code === 2) void vscode.window.showErrorMessage(`mmstep: ${display(scenario)} did not load; the problems are listed in the "mmstep" output.`);
  else if (code === 1) void vscode.window.showWarningMessage(`mmstep: ${display(scenario)} — verdict FAIL (see the "mmstep" output).`);
  return code;
}

/** `node dist/cli.js run <scenario> [--kernel-tree T]` with the output streamed to the channel. */
async function runInChild(cli: string, runArgs: string[], cwd: string, display: (p: string) => string, out: vscode.OutputChannel): Promise<number> {
  const limit = timeoutSeconds();
  const scenario = runArgs[0];
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `mmstep: running ${display(scenario)}`, cancellable: true },
    async (_progress, token) => {
      const child = startNodeChild(cli, ['run', ...runArgs], { cwd, onStderr: (t) => out.append(t) });
      child.proc.stdout?.setEncoding('utf8');
      child.proc.stdout?.on('data', (t: string) => out.append(t));
      let stopped: string | undefined;
      const stop = (why: string): void => {
        if (stopped) return;
        stopped = why;
        child.proc.kill('SIGKILL');
      };
      const timer = setTimeout(() => stop(`it did not finish within ${limit} s`), limit * 1000);
      const cancel = token.onCancellationRequested(() => stop('cancelled'));
      try {
        const exit = await child.exited;
        if (stopped) {
          out.appendLine(`mmstep: run of ${display(scenario)} stopped: ${stopped}`);
          if (stopped !== 'cancelled') void vscode.window.showWarningMessage(`mmstep: run of ${display(scenario)} stopped: ${stopped}.`);
          return 3;
        }
        if (exit.code !== null && exit.code >= 0 && exit.code <= 2 && !/^out of memory|^stack overflow/.test(exit.why)) return exit.code;
        const message = `mmstep: run of ${display(scenario)} ended: ${exit.why}`;
        out.appendLine(message);
        void vscode.window.showErrorMessage(message);
        return 3;
      } finally {
        clearTimeout(timer);
        cancel.dispose();
      }
    },
  );
}

/** The CLI's run in this process (virtual file systems, or MMSTEP_INLINE_ADAPTER=1). */
async function runInProcess(
  scenario: string,
  files: FileAccess,
  out: vscode.OutputChannel,
  folder: string | undefined,
  display: (p: string) => string,
  kernelTree?: string,
): Promise<number> {
  const io: CliIo = {
    out: (t) => out.append(t),
    err: (t) => out.append(t),
    color: false,
    files,
    absolute: (p) => (path.isAbsolute(p) ? p : path.resolve(folder ?? path.dirname(scenario), p)),
    display,
  };
  try {
    return await runCommand(io, scenario, { json: false, trace: false, quiet: false, ...(kernelTree !== undefined ? { kernelTree } : {}) });
  } catch (e) {
    out.appendLine(`mmstep: internal error while running ${scenario}: ${e instanceof Error ? e.message : String(e)}`);
    return 3;
  }
}
