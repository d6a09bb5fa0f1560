// FileAccess over Node's fs, for the CLI and the standalone debug adapter (the extension uses
// the workspace fs instead). Read failures become short, readable errors naming the path, never
// raw errno objects, so whoever reports them can show them as a diagnostic.
//
// Every read is of a regular file of bounded size: the file is opened non-blocking (a FIFO does
// not wait for a writer) and checked with fstat before a byte is read, so no path — a scenario,
// a source, a header — can block the process or feed it /dev/zero. `inspect` and `sourceRoots`
// give src/sim/source-policy.ts what it needs to keep scenarios inside their folders.

import { constants as fsc, existsSync, promises as fs } from 'fs';
import * as nodePath from 'path';
import type { FileInfo, PolicyFileAccess } from '../sim/source-policy';
import { MAX_SOURCE_BYTES } from '../sim/source-policy';

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
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

type Stats = Awaited<ReturnType<typeof fs.stat>>;

function kindOf(st: Stats): FileInfo['kind'] {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

const KIND_TEXT: Record<FileInfo['kind'], string> = {
  file: 'a file',
  directory: 'is a directory',
  fifo: 'is a FIFO (named pipe), not a regular file',
  device: 'is a device, not a regular file',
  socket: 'is a socket, not a regular file',
  other: 'is not a regular file',
};

/** mmstep's own kernel/ (headers and kernel C): the nearest ancestor of this file holding one. */
export function mmstepKernelDir(from: string = __dirname): string | undefined {
  let d = from;
  for (let i = 0; i < 6; i++) {
    if (existsSync(nodePath.join(d, 'kernel', 'include', 'linux'))) return nodePath.join(d, 'kernel');
    const up = nodePath.dirname(d);
    if (up === d) break;
    d = up;
  }
  return undefined;
}

export class NodeFileAccess implements PolicyFileAccess {
  /**
   * @param maxBytes largest file read at all
   * @param workspace the folders besides a scenario's own it may read from (default: the working
   *   directory); mmstep's own kernel/ is always added
   */
  constructor(
    private readonly maxBytes = MAX_SOURCE_BYTES,
    private readonly workspace: string[] = [process.cwd()],
  ) {}

  async readText(path: string): Promise<string> {
    return Buffer.from(await this.readBytes(path)).toString('utf8');
  }

  async readBytes(path: string): Promise<Uint8Array> {
    let fh: Awaited<ReturnType<typeof fs.open>> | undefined;
    try {
      fh = await fs.open(path, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
      const st = await fh.stat();
      if (!st.isFile()) throw new Error(KIND_TEXT[kindOf(st)]);
      if (st.size > this.maxBytes) throw new Error(`${st.size.toLocaleString('en-US')} bytes, more than the limit of ${this.maxBytes.toLocaleString('en-US')}`);
      // Read at most the limit plus one byte, whatever the size said.
      const buf = Buffer.alloc(Math.min(st.size, this.maxBytes) + 1);
      let n = 0;
      for (;;) {
        const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
        if (bytesRead === 0) break;
        n += bytesRead;
        if (n === buf.length) {
          if (n > this.maxBytes) throw new Error(`more than the limit of ${this.maxBytes.toLocaleString('en-US')} bytes`);
          break;
        }
      }
      return new Uint8Array(buf.subarray(0, n));
    } catch (e) {
      throw new Error(`cannot read ${path}: ${reason(e)}`);
    } finally {
      await fh?.close().catch(() => undefined);
    }
  }

  /** What `path` is, links followed (realpath, then stat), without opening it. */
  async inspect(path: string): Promise<FileInfo> {
    try {
      const real = await fs.realpath(path);
      const st = await fs.stat(real);
      return { kind: kindOf(st), size: st.size, real };
    } catch (e) {
      throw new Error(`cannot read ${path}: ${reason(e)}`);
    }
  }

  sourceRoots(): string[] {
    const own = mmstepKernelDir();
    return [...this.workspace, ...(own ? [own] : [])];
  }

  /** `rel` relative to the directory of the file `from` (absolute `rel` is kept). */
  resolve(from: string, rel: string): string {
    return nodePath.resolve(nodePath.dirname(from), rel);
  }
}
