// Saves what the state panel exports (src/webview/picture-export.ts): the page-table picture as
// an SVG file through a save dialog, or its text form (for a review reply) as an untitled
// document the user copies from or saves.

import * as vscode from 'vscode';

export async function saveExport(format: 'svg' | 'text', name: string, content: string, log: vscode.OutputChannel): Promise<void> {
  try {
    if (format === 'text') {
      const doc = await vscode.workspace.openTextDocument({ content, language: 'plaintext' });
      await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Active });
      return;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const safe = name.replace(/[^\w.-]/g, '_') || 'mmstep-picture.svg';
    const uri = await vscode.window.showSaveDialog({
      title: 'Save the page-table picture',
      filters: { SVG: ['svg'] },
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, safe) } : {}),
    });
    if (!uri) return;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    void vscode.window.setStatusBarMessage(`mmstep: saved ${uri.fsPath}`, 5000);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    log.appendLine(`state view: cannot export the picture (${why})`);
    void vscode.window.showErrorMessage(`mmstep: cannot export the picture: ${why}`);
  }
}
