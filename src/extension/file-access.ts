// FileAccess (src/sim/types.ts) over vscode.workspace.fs, so the inline debug adapter and the
// headless run read scenario and C files through VS Code — including remote workspaces
// (code-server, SSH) and unsaved-to-disk file systems a provider serves.

import * as path from 'path';
import * as vscode from 'vscode';
import type { FileAccess } from '../sim/types';

const decoder = new TextDecoder('utf-8');

function toUri(p: string): vscode.Uri {
  // Paths from launch.json are file paths; a full URI (vscode-remote://…) is accepted as well.
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(p) ? vscode.Uri.parse(p) : vscode.Uri.file(p);
}

export class WorkspaceFileAccess implements FileAccess {
  async readBytes(p: string): Promise<Uint8Array> {
    try {
      return await vscode.workspace.fs.readFile(toUri(p));
    } catch (e) {
      // FileSystemError messages are terse ("EntryNotFound (FileSystemError)"): name the file.
      const why = e instanceof vscode.FileSystemError && e.code === 'FileNotFound' ? 'file not found' : e instanceof Error ? e.message : String(e);
      throw new Error(`cannot read ${p}: ${why}`);
    }
  }

  async readText(p: string): Promise<string> {
    return decoder.decode(await this.readBytes(p));
  }

  /** `rel` relative to the directory of the file `from` (as an #include or a scenario's `c:` entry). */
  resolve(from: string, rel: string): string {
    if (path.isAbsolute(rel)) return path.normalize(rel);
    return path.resolve(path.dirname(from), rel);
  }
}
