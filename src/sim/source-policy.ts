// Which files a scenario may make mmstep read. A scenario names C sources and the C names
// headers; both are read and their lines echoed in diagnostics, so without a rule a scenario
// could read any file of the host (and a FIFO or /dev/zero would block or exhaust the process).
// The rule: only regular files (checked before they are opened, symbolic links resolved and the
// real path checked again), at most MAX_SOURCE_BYTES each, inside one of a list of allowed roots
// — the scenario's folder, the workspace, mmstep's own kernel/ (its headers and kernel C), and
// any kernel tree a caller adds. Pure: what a path is comes from the FileAccess (inspect).

import { dirname, join, resolvePath } from '../c/paths';
import type { FileAccess } from './types';

/** Largest C source or header read (the largest files of a kernel tree are about 1 MB). */
export const MAX_SOURCE_BYTES = 4 << 20;

export type FileKind = 'file' | 'directory' | 'fifo' | 'device' | 'socket' | 'other';

/** What a path is, without opening it. */
export interface FileInfo {
  /** The kind after following symbolic links. */
  kind: FileKind;
  size: number;
  /** The path with every symbolic link resolved (realpath), where the file system has links. */
  real?: string;
}

/** A FileAccess that can tell what a path is before it is read, and where scenarios may read. */
export interface PolicyFileAccess extends FileAccess {
  /** Rejects when the path does not exist. */
  inspect?(path: string): Promise<FileInfo>;
  /** Folders any scenario may read from besides its own: the workspace, mmstep's kernel/. */
  sourceRoots?(): string[];
}

const KIND_WORDS: Record<FileKind, string> = {
  file: 'a regular file',
  directory: 'a directory',
  fifo: 'a FIFO (named pipe)',
  device: 'a device',
  socket: 'a socket',
  other: 'not a regular file',
};

/** `a/./b/../c` → `a/c`, for file paths and URIs alike (backslashes read as slashes). */
export function normalizePath(p: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(p);
  const prefix = m ? m[1] : '';
  const rest = (m ? m[2] : p).replace(/\\/g, '/');
  const drive = /^[A-Za-z]:/.exec(rest)?.[0] ?? '';
  const body = rest.slice(drive.length);
  const absolute = body.startsWith('/');
  const out: string[] = [];
  for (const seg of body.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return prefix + drive + (absolute ? '/' : '') + out.join('/');
}

/** `p` is `root` or below it. */
export function isInside(p: string, root: string): boolean {
  const a = normalizePath(p);
  const r = normalizePath(root).replace(/\/+$/, '');
  return a === r || a.startsWith(r + '/') || (r === '' && a.startsWith('/'));
}

function sizeWords(n: number): string {
  if (n >= 1 << 20) return `${Number((n / (1 << 20)).toFixed(1))} MiB`;
  if (n >= 1 << 10) return `${Number((n / (1 << 10)).toFixed(1))} KiB`;
  return `${n} bytes`;
}

/** A read refused by the policy: `reason` says why, naming the file. */
export class SourceRefused extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'SourceRefused';
  }
}

export class SourcePolicy {
  readonly roots: string[];
  /** Every refusal so far (path → reason), for callers that only see "not found". */
  readonly refused = new Map<string, string>();

  constructor(
    private readonly files: PolicyFileAccess,
    roots: string[],
    readonly maxBytes = MAX_SOURCE_BYTES,
  ) {
    this.roots = [...new Set(roots.filter((r) => r !== '').map((r) => normalizePath(r)))];
  }

  private resolvedRoots: Promise<string[]> | undefined;

  /** The roots and, where they differ, their real paths (a workspace may be reached through a link). */
  private realRoots(): Promise<string[]> {
    this.resolvedRoots ??= Promise.all(
      this.roots.map(async (r) => {
        try {
          return [r, (await this.files.inspect!(r)).real ?? r];
        } catch {
          return [r];
        }
      }),
    ).then((l) => l.flat());
    return this.resolvedRoots;
  }

  private rootsText(): string {
    return this.roots.join(', ') || 'none';
  }

  private refuse(path: string, reason: string): never {
    this.refused.set(path, reason);
    throw new SourceRefused(path, reason);
  }

  /** Resolves when `path` may be read; rejects with SourceRefused (or the read error) otherwise. */
  async check(path: string): Promise<void> {
    const p = normalizePath(path);
    if (!this.roots.some((r) => isInside(p, r))) {
      this.refuse(path, `${p} is outside the folders a scenario may read (${this.rootsText()})`);
    }
    if (!this.files.inspect) return;
    const info = await this.files.inspect(p);
    if (info.real !== undefined && normalizePath(info.real) !== p && !(await this.realRoots()).some((r) => isInside(info.real!, r))) {
      this.refuse(path, `${p} is a symbolic link to ${info.real}, which is outside the folders a scenario may read (${this.rootsText()})`);
    }
    if (info.kind !== 'file') this.refuse(path, `${p} is ${KIND_WORDS[info.kind]}; only regular files can be read`);
    if (info.size > this.maxBytes) this.refuse(path, `${p} is ${sizeWords(info.size)}, more than the limit of ${sizeWords(this.maxBytes)} per file`);
  }

  /** Read a file the policy allows. */
  async readText(path: string): Promise<string> {
    await this.check(path);
    const text = await this.files.readText(path);
    // Without inspect (or if the file grew since): the limit still holds.
    if (text.length > this.maxBytes) this.refuse(path, `${normalizePath(path)} is more than the limit of ${sizeWords(this.maxBytes)} per file`);
    return text;
  }

  /** The reason a path among `candidates` was refused (the first), if any was. */
  reasonFor(candidates: (p: string) => boolean): string | undefined {
    for (const [p, reason] of this.refused) if (candidates(p)) return reason;
    return undefined;
  }

  /** "cannot find include file 'x'" after a read this policy refused: say why, at the #include. */
  explainIncludes<D extends { file: string; message: string }>(diagnostics: D[], includeDirs: string[]): D[] {
    if (this.refused.size === 0) return diagnostics;
    return diagnostics.map((d) => {
      const m = /^cannot find include file '([^']+)'/.exec(d.message);
      if (!m) return d;
      const rel = m[1];
      const candidates = new Set([resolvePath(dirname(d.file), rel), ...includeDirs.map((dir) => join(dir, rel))]);
      const why = this.reasonFor((p) => candidates.has(p));
      return why ? { ...d, message: `cannot include '${rel}': ${why}` } : d;
    });
  }
}
