// Scenario problems in the Problems view as the user types: every open `*.mmstep.yaml` is loaded
// — YAML, schema, checks, its C sources, the function names it gives — by `mmstep lint --stdin`
// in a child process (dist/cli.js, like Run Scenario), fed the editor's text, debounced after an
// edit and at once on open and save (and after a C file is saved). A newer edit kills the check in flight; a check that does
// not end within LINT_TIMEOUT_MS is killed (the last problems stay). Without the CLI bundle or
// on a virtual file system, the YAML / schema / checks part runs here (parseScenario is pure
// and bounded). Results go to LoadProblems, which the debugger's launch errors also feed, so a
// scenario has one set of problems however they were found.

import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { startNodeChild, type NodeChild } from '../../debug/node-child';
import { parseScenario } from '../../scenario/parse';
import type { Diagnostic } from '../../sim/types';
import type { LoadProblems } from '../load-problems';
import { isScenarioUri } from '../scenario-file';
import { chooseKernelTree } from '../kernel-tree-config';
import type { FileAccess } from '../../sim/types';

export const LINT_DEBOUNCE_MS = 400;
export const LINT_TIMEOUT_MS = 30_000;

interface Pending {
  timer?: ReturnType<typeof setTimeout>;
  child?: NodeChild;
  /** Bumped per check: an older check's answer is dropped. */
  generation: number;
}

export class ScenarioLinter implements vscode.Disposable {
  private readonly pending = new Map<string, Pending>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly done = new vscode.EventEmitter<{ uri: vscode.Uri; diagnostics: Diagnostic[] }>();
  /** Fires after each finished check (tests and the launch message wait on it). */
  readonly onDidLint = this.done.event;

  constructor(
    private readonly problems: LoadProblems,
    private readonly extensionPath: string,
    private readonly files: FileAccess,
    private readonly log?: vscode.OutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document, LINT_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        // A saved C file may be a source of any open scenario: check them again (their C problems).
        if (/\.[ch]$/i.test(d.uri.path)) for (const doc of vscode.workspace.textDocuments) this.schedule(doc, LINT_DEBOUNCE_MS);
        else this.schedule(d, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.cancel(d.uri.toString())),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Checks `doc` after `delayMs` (a newer call replaces an older one). */
  schedule(doc: vscode.TextDocument, delayMs: number): void {
    if (!isScenarioUri(doc.uri)) return;
    const key = doc.uri.toString();
    const p = this.pending.get(key) ?? { generation: 0 };
    this.pending.set(key, p);
    if (p.timer) clearTimeout(p.timer);
    p.timer = setTimeout(() => {
      p.timer = undefined;
      void this.lint(doc, p);
    }, delayMs);
  }

  private cancel(key: string): void {
    const p = this.pending.get(key);
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    p.child?.proc.kill('SIGKILL');
    p.generation++;
    this.pending.delete(key);
  }

  private async lint(doc: vscode.TextDocument, p: Pending): Promise<void> {
    const gen = ++p.generation;
    p.child?.proc.kill('SIGKILL');
    p.child = undefined;
    const file = doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.toString();
    const text = doc.getText();
    const cli = path.join(this.extensionPath, 'dist', 'cli.js');
    let diagnostics: Diagnostic[] | undefined;
    if (doc.uri.scheme === 'file' && process.env.MMSTEP_INLINE_ADAPTER !== '1' && fs.existsSync(cli)) {
      const tree = await chooseKernelTree(this.files, vscode.workspace.getWorkspaceFolder(doc.uri), doc.uri, undefined).catch(() => undefined);
      if (gen !== p.generation) return;
      const treeArgs = tree?.ok && tree.path !== undefined ? ['--kernel-tree', tree.path] : [];
      diagnostics = await this.inChild(cli, file, text, treeArgs, p);
    } else {
      diagnostics = parseScenario(file, text).diagnostics;
    }
    if (gen !== p.generation || diagnostics === undefined) return;
    this.problems.report(file, diagnostics);
    this.done.fire({ uri: doc.uri, diagnostics });
  }

  /** `node dist/cli.js lint --json --stdin FILE`: the problems, or undefined when it did not answer. */
  private async inChild(cli: string, file: string, text: string, treeArgs: string[], p: Pending): Promise<Diagnostic[] | undefined> {
    const child = startNodeChild(cli, ['lint', '--json', '--stdin', ...treeArgs, '--', file], { cwd: path.dirname(file), heapMb: 1024 });
    p.child = child;
    let out = '';
    child.proc.stdout?.setEncoding('utf8');
    child.proc.stdout?.on('data', (t: string) => (out += t));
    child.proc.stdin?.on('error', () => undefined);
    child.proc.stdin?.end(text, 'utf8');
    const timer = setTimeout(() => child.proc.kill('SIGKILL'), LINT_TIMEOUT_MS);
    try {
      const exit = await child.exited;
      if (p.child === child) p.child = undefined;
      const line = out.trim().split('\n').pop() ?? '';
      try {
        const report = JSON.parse(line) as { diagnostics?: Diagnostic[] };
        if (Array.isArray(report.diagnostics)) return report.diagnostics;
      } catch {
        // no report: below
      }
      if (!exit.normal || exit.code !== 0) this.log?.appendLine(`mmstep: checking ${file} ended: ${exit.why}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  dispose(): void {
    for (const k of [...this.pending.keys()]) this.cancel(k);
    for (const d of this.disposables) d.dispose();
    this.done.dispose();
  }
}
