// Why: `mmstep: Open Patch Review…` — pick mbox/.eml/format-patch files or a directory of
// format-patch output (or get them from the explorer's context menu, or as Uri arguments from a
// test), read them through the workspace file system (never writing them), show what could not be
// parsed in the Problems panel at file:line:col, and put the series in the review tree.
import * as vscode from 'vscode';
import { toVscodeDiagnostic } from '../load-problems';
import { mailPath, mailUri, type ReviewSet, type ReviewSets } from './review-sets';

const MAIL_FILE = /\.(patch|diff|eml|mbox|mbx)$/i;

export interface OpenResult {
  key: string;
  mails: string[];
  docs: Array<{ messageId: string; uri: string; title: string }>;
  diagnostics: Array<{ file: string; line: number; column: number; severity: string; message: string }>;
}

/** Uris from the command's arguments: (uri), (uri, uris[]) from the explorer, (uris[]), (paths[]). */
export function urisOfArgs(args: unknown[]): vscode.Uri[] {
  const one = (x: unknown): vscode.Uri | undefined => (x instanceof vscode.Uri ? x : typeof x === 'string' && x ? mailUri(x) : undefined);
  const list = (x: unknown): vscode.Uri[] => (Array.isArray(x) ? x.map(one).filter((u): u is vscode.Uri => !!u) : []);
  const [a, b] = args;
  if (list(b).length) return list(b);
  if (list(a).length) return list(a);
  const u = one(a);
  return u ? [u] : [];
}

/** Files to read: each file as given, each directory's mail files in name order (format-patch numbers them). */
export async function expandMails(uris: vscode.Uri[]): Promise<{ mails: string[]; error?: string }> {
  const mails: string[] = [];
  for (const u of uris) {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(u);
    } catch {
      return { mails, error: `cannot read ${mailPath(u)}: file not found` };
    }
    if (stat.type & vscode.FileType.Directory) {
      const entries = await vscode.workspace.fs.readDirectory(u);
      const names = entries.filter(([n, t]) => t & vscode.FileType.File && MAIL_FILE.test(n)).map(([n]) => n).sort();
      if (!names.length) return { mails, error: `${mailPath(u)}: no .patch, .eml or .mbox files in this directory` };
      for (const n of names) mails.push(mailPath(vscode.Uri.joinPath(u, n)));
    } else mails.push(mailPath(u));
  }
  return { mails: [...new Set(mails)] };
}

export class ReviewOpener implements vscode.Disposable {
  readonly problems = vscode.languages.createDiagnosticCollection('mmstep-review');

  constructor(private readonly sets: ReviewSets) {}

  async open(args: unknown[], options: { showFirst?: boolean } = {}): Promise<OpenResult | undefined> {
    let uris = urisOfArgs(args);
    if (!uris.length) {
      const picked = await vscode.window.showOpenDialog({
        title: 'Open Patch Review: mbox, .eml, .patch files or a format-patch directory',
        canSelectFiles: true, canSelectFolders: true, canSelectMany: true,
        filters: { 'Patch mail': ['mbox', 'mbx', 'eml', 'patch', 'diff'], 'All files': ['*'] },
      });
      if (!picked?.length) return undefined;
      uris = picked;
    }
    const { mails, error } = await expandMails(uris);
    if (error) { void vscode.window.showErrorMessage(`mmstep: ${error}`); return undefined; }
    let set: ReviewSet;
    try {
      set = await this.sets.load(mails, true);
    } catch (e) {
      void vscode.window.showErrorMessage(`mmstep: ${(e as Error).message}`);
      return undefined;
    }
    this.report(set);
    const docs = [...set.docs.values()];
    if (!docs.length) {
      void vscode.window.showWarningMessage(`mmstep: no patch in ${mails.map((m) => m.replace(/^.*[\\/]/, '')).join(', ')}, and no reply quoting one`);
    } else if (options.showFirst !== false) {
      const first = docs.find((d) => d.patch && d.patch.subject.index !== 0) ?? docs[0];
      await vscode.window.showTextDocument(first.uri, { preview: true, preserveFocus: false });
    }
    void vscode.commands.executeCommand('mmstep.review.focus').then(undefined, () => undefined);
    return {
      key: set.key,
      mails,
      docs: docs.map((d) => ({ messageId: d.ref.messageId, uri: d.uri.toString(), title: d.title })),
      diagnostics: set.thread.diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, severity: d.severity, message: d.message })),
    };
  }

  /** Parsing problems of the set's files in the Problems panel, and a warning when there are any. */
  private report(set: ReviewSet): void {
    for (const m of set.mails) this.problems.delete(mailUri(m));
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const d of set.thread.diagnostics) {
      const list = byFile.get(d.file) ?? [];
      const v = toVscodeDiagnostic(d);
      v.source = 'mmstep review';
      list.push(v);
      byFile.set(d.file, list);
    }
    for (const [f, list] of byFile) this.problems.set(mailUri(f), list);
    const n = set.thread.diagnostics.length;
    if (!n) return;
    const d = set.thread.diagnostics[0];
    const where = `${d.file.replace(/^.*[\\/]/, '')}:${d.line}:${d.column}`;
    void vscode.window.showWarningMessage(`mmstep: ${n} problem(s) reading the mail, first at ${where}: ${d.message}`, 'Show Problems').then((b) => {
      if (b) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  }

  dispose(): void {
    this.problems.dispose();
  }
}
