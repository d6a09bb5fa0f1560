// Why: a reviewer's trailers (`Reviewed-by: Name <mail>`) use the identity git sends mail with:
// `git config user.name` / `user.email`, read in the workspace folder (a repository may override
// the global one). When git or the setting is missing, the reviewer is asked instead.
import { execFile } from 'child_process';
import * as vscode from 'vscode';

function gitConfig(key: string, cwd: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['config', '--get', key], { cwd, timeout: 5000, encoding: 'utf8' }, (err, stdout) => {
      resolve(err ? undefined : stdout.trim() || undefined);
    });
  });
}

export async function gitIdentity(): Promise<{ name?: string; email?: string }> {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
  const [name, email] = await Promise.all([gitConfig('user.name', folder), gitConfig('user.email', folder)]);
  return { name, email };
}

/** The identity from git, asking for what git does not have; undefined when the user cancels. */
export async function reviewerIdentity(): Promise<{ name: string; email: string } | undefined> {
  const id = await gitIdentity();
  const name = id.name ?? (await vscode.window.showInputBox({ title: 'Your name for the trailer', prompt: 'git config user.name is not set', ignoreFocusOut: true }));
  if (!name) return undefined;
  const email = id.email ?? (await vscode.window.showInputBox({ title: 'Your mail address for the trailer', prompt: 'git config user.email is not set', ignoreFocusOut: true }));
  if (!email) return undefined;
  return { name, email };
}
