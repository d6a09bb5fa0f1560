// FileAccess over Node's fs, for the CLI and the standalone debug adapter (the extension uses
// the workspace fs instead). Read failures become short, readable errors naming the path, never
// raw errno objects, so whoever reports them can show them as a diagnostic.

import { promises as fs } from 'fs';
import * as nodePath from 'path';
import type { FileAccess } from '../sim/types';

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

export class NodeFileAccess implements FileAccess {
  async readText(path: string): Promise<string> {
    try {
      return await fs.readFile(path, 'utf8');
    } catch (e) {
      throw new Error(`cannot read ${path}: ${reason(e)}`);
    }
  }

  async readBytes(path: string): Promise<Uint8Array> {
    try {
      return new Uint8Array(await fs.readFile(path));
    } catch (e) {
      throw new Error(`cannot read ${path}: ${reason(e)}`);
    }
  }

  /** `rel` relative to the directory of the file `from` (absolute `rel` is kept). */
  resolve(from: string, rel: string): string {
    return nodePath.resolve(nodePath.dirname(from), rel);
  }
}
