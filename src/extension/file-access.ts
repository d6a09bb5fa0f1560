// FileAccess (src/sim/types.ts) over vscode.workspace.fs, so the inline debug adapter and the
// headless run read scenario and C files through VS Code — including remote workspaces
// (code-server, SSH) and unsaved-to-disk file systems a provider serves.
//
// Every read is stat-checked first: only a File (a FIFO would block the extension host, a device
// could feed it without end) of at most MAX_SOURCE_BYTES. `inspect` and `sourceRoots` give the
// scenario read policy (src/sim/source-policy.ts) what a path is and the workspace folders.

import { promises as fs } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { mmstepKernelDir } from '../cli/file-access';
import { MAX_SOURCE_BYTES, type FileInfo, type PolicyFileAccess } from '../sim/source-policy';

const decoder = new TextDecoder('utf-8');

function isUri(p: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(p);
}

function toUri(p: string): vscode.Uri {
  // Paths from launch.json are file paths; a full URI (vscode-remote://…) is accepted as well.
  return isUri(p) ? vscode.Uri.parse(p) : vscode.Uri.file(p);
}

function why(e: unknown): string {
  if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return 'file not found';
  return e instanceof Error ? e.message : String(e);
}

function kindOf(type: vscode.FileType): FileInfo['kind'] {
  if (type & vscode.FileType.File) return 'file';
  if (type & vscode.FileType.Directory) return 'directory';
  return 'other';
}

export class WorkspaceFileAccess implements PolicyFileAccess {
  constructor(private readonly maxBytes = MAX_SOURCE_BYTES) {}

  async readBytes(p: string): Promise<Uint8Array> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(toUri(p));
    } catch (e) {
      // FileSystemError messages are terse ("EntryNotFound (FileSystemError)"): name the file.
      throw new Error(`cannot read ${p}: ${why(e)}`);
    }
    if (!(stat.type & vscode.FileType.File)) {
      throw new Error(`cannot read ${p}: ${stat.type & vscode.FileType.Directory ? 'is a directory' : 'is not a regular file'}`);
    }
    if (stat.size > this.maxBytes) {
      throw new Error(`cannot read ${p}: ${stat.size.toLocaleString('en-US')} bytes, more than the limit of ${this.maxBytes.toLocaleString('en-US')}`);
    }
    try {
      return await vscode.workspace.fs.readFile(toUri(p));
    } catch (e) {
      throw new Error(`cannot read ${p}: ${why(e)}`);
    }
  }

  async readText(p: string): Promise<string> {
    return decoder.decode(await this.readBytes(p));
  }

  /** What `p` is; for a local path also its real path (links resolved), re-checked by the policy. */
  async inspect(p: string): Promise<FileInfo> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(toUri(p));
    } catch (e) {
      throw new Error(`cannot read ${p}: ${why(e)}`);
    }
    const info: FileInfo = { kind: kindOf(stat.type), size: stat.size };
    if (!isUri(p)) {
      try {
        info.real = await fs.realpath(p);
      } catch {
        /* the provider knows the file but the disk does not: nothing to resolve */
      }
    } else if (stat.type & vscode.FileType.SymbolicLink) {
      // A link on a remote file system cannot be resolved from here to check where it points.
      info.kind = 'other';
    }
    return info;
  }

  /** The workspace folders and mmstep's own kernel/ (headers and kernel C). */
  sourceRoots(): string[] {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => (f.uri.scheme === 'file' ? f.uri.fsPath : f.uri.toString()));
    const own = mmstepKernelDir(__dirname);
    return [...folders, ...(own ? [own] : [])];
  }

  /** `rel` relative to the directory of the file `from` (as an #include or a scenario's `c:` entry). */
  resolve(from: string, rel: string): string {
    if (path.isAbsolute(rel)) return path.normalize(rel);
    return path.resolve(path.dirname(from), rel);
  }
}
