// Why: a reviewer's drafts must survive a window reload and a crash, and never touch the mail
// files: one JSON file per review set in the extension's workspace storage (global storage when no
// folder is open), written atomically (temp file in the same directory, fsync, rename) so a crash
// leaves the old file or the new one, never half of one. A file that does not parse is reported
// and moved aside (`.corrupt-<time>`), never deleted, and the review goes on with no drafts; one
// whose threads are partly unreadable keeps the readable ones and a copy of itself as it was.
import { promises as fs } from 'fs';
import * as path from 'path';
import { emptyDrafts, parseDrafts, serializeDrafts, type DraftStore } from '../../review/drafts';

export interface DraftLoad {
  store: DraftStore;
  /** Something was wrong with the stored file (already moved aside when corrupt). */
  problem?: string;
}

export class DraftFiles {
  constructor(private readonly dir: string) {}

  fileOf(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  async load(key: string, mails: string[]): Promise<DraftLoad> {
    const file = this.fileOf(key);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { store: { ...emptyDrafts(), mails } };
      return { store: { ...emptyDrafts(), mails }, problem: `cannot read the drafts ${file}: ${(e as Error).message}` };
    }
    const r = parseDrafts(text);
    if (r.error && r.store.threads.length === 0 && Object.keys(r.store.trailers).length === 0) {
      const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      try {
        await fs.rename(file, aside);
        return { store: { ...emptyDrafts(), mails }, problem: `${file}: ${r.error}; moved aside to ${aside}` };
      } catch (e) {
        return { store: { ...emptyDrafts(), mails }, problem: `${file}: ${r.error}; could not move it aside: ${(e as Error).message}` };
      }
    }
    r.store.mails = mails;
    if (!r.error) return { store: r.store };
    // Some threads were unreadable: the next save would drop them, so the file is copied aside first.
    const copy = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await fs.copyFile(file, copy);
      return { store: r.store, problem: `${file}: ${r.error}; the file as it was is kept as ${copy}` };
    } catch (e) {
      return { store: r.store, problem: `${file}: ${r.error}; could not keep a copy: ${(e as Error).message}` };
    }
  }

  /** Atomic replace: write `<file>.tmp-<pid>-<n>`, fsync it, rename over the file, fsync the dir. */
  async save(key: string, store: DraftStore): Promise<string> {
    const file = this.fileOf(key);
    await fs.mkdir(this.dir, { recursive: true });
    const tmp = `${file}.tmp-${process.pid}-${++seq}`;
    const h = await fs.open(tmp, 'w', 0o600);
    try {
      await h.writeFile(serializeDrafts(store), 'utf8');
      await h.sync();
    } finally {
      await h.close();
    }
    try {
      await fs.rename(tmp, file);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
    try {
      const d = await fs.open(this.dir, 'r');
      try { await d.sync(); } finally { await d.close(); }
    } catch {
      /* a directory fsync is not supported everywhere; the rename is done */
    }
    return file;
  }
}

let seq = 0;
