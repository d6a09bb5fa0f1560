// Why: a patch under review runs as the patched files, but nothing is ever written into a kernel
// tree or the project's kernel/. This FileAccess serves texts kept in memory for some absolute
// paths (a patched file, a file the patch creates; a file it deletes reads as missing) and passes
// everything else through to the real one, keeping the read policy's checks (inspect,
// sourceRoots) working for the served paths. The program cache (src/c/index.ts) keys a compiled
// program on the texts it read and the preprocessor's lex cache compares texts, so a patched and
// an unpatched run of the same path never share a compiled unit.
import { normalizePath, type FileInfo, type PolicyFileAccess } from './source-policy';
import type { FileAccess } from './types';

export class OverlayFileAccess implements PolicyFileAccess {
  private readonly texts = new Map<string, string>();
  private readonly gone = new Set<string>();

  /**
   * @param base     the real files
   * @param texts    absolute path → the text to serve instead
   * @param deleted  absolute paths that read as missing
   * @param why      names the overlay in messages ("deleted by the patch …")
   */
  constructor(
    private readonly base: FileAccess,
    texts: Map<string, string> = new Map(),
    deleted: Iterable<string> = [],
    private readonly why = 'the patch under review',
  ) {
    for (const [p, t] of texts) this.texts.set(normalizePath(p), t);
    for (const p of deleted) this.gone.add(normalizePath(p));
    const inspect = (base as PolicyFileAccess).inspect;
    if (inspect) {
      this.inspect = async (path: string): Promise<FileInfo> => {
        const p = normalizePath(path);
        const t = this.texts.get(p);
        if (t !== undefined) return { kind: 'file', size: new TextEncoder().encode(t).length, real: p };
        if (this.gone.has(p)) throw new Error(`cannot read ${path}: no such file (deleted by ${this.why})`);
        return inspect.call(base, path);
      };
    }
  }

  /** The served text of `path`, if the overlay has one. */
  served(path: string): string | undefined {
    return this.texts.get(normalizePath(path));
  }

  /** Absolute paths whose text the overlay serves. */
  paths(): string[] {
    return [...this.texts.keys()];
  }

  async readText(path: string): Promise<string> {
    const p = normalizePath(path);
    const t = this.texts.get(p);
    if (t !== undefined) return t;
    if (this.gone.has(p)) throw new Error(`cannot read ${path}: no such file (deleted by ${this.why})`);
    return this.base.readText(path);
  }

  async readBytes(path: string): Promise<Uint8Array> {
    const t = this.texts.get(normalizePath(path));
    if (t !== undefined) return new TextEncoder().encode(t);
    if (this.gone.has(normalizePath(path))) throw new Error(`cannot read ${path}: no such file (deleted by ${this.why})`);
    return this.base.readBytes(path);
  }

  resolve(from: string, rel: string): string {
    return this.base.resolve(from, rel);
  }

  /** What a path is: a served text is a regular file of its size (present only when the base can tell). */
  readonly inspect?: (path: string) => Promise<FileInfo>;

  sourceRoots(): string[] {
    return (this.base as PolicyFileAccess).sourceRoots?.() ?? [];
  }
}
