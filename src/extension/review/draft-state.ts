// Why: the comments UI, the tree (trailers) and the test API all change the same drafts of a
// review set; this keeps one DraftStore per set in memory, loads it once from its file, and saves
// every change right away (in order, one write at a time per set) so a crash loses nothing.
import * as vscode from 'vscode';
import type { DraftStore } from '../../review/drafts';
import type { DraftFiles } from './draft-files';

export class DraftState implements vscode.Disposable {
  private readonly stores = new Map<string, Promise<DraftStore>>();
  private readonly writes = new Map<string, Promise<unknown>>();
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidChange = this.changed.event;

  constructor(readonly files: DraftFiles, private readonly report: (problem: string) => void) {}

  /** The drafts of a review set (loaded from its file the first time). */
  get(key: string, mails: string[]): Promise<DraftStore> {
    let p = this.stores.get(key);
    if (!p) {
      p = this.files.load(key, mails).then((r) => {
        if (r.problem) this.report(r.problem);
        return r.store;
      });
      this.stores.set(key, p);
    }
    return p;
  }

  /** Applies `fn` to the set's drafts and writes the file; resolves when it is on disk. */
  async change<T>(key: string, mails: string[], fn: (s: DraftStore) => T): Promise<T> {
    const store = await this.get(key, mails);
    const result = fn(store);
    const prev = this.writes.get(key) ?? Promise.resolve();
    const write = prev.catch(() => undefined).then(() => this.files.save(key, store));
    this.writes.set(key, write);
    this.changed.fire(key);
    try {
      await write;
    } catch (e) {
      this.report(`cannot save the drafts ${this.files.fileOf(key)}: ${(e as Error).message} (they are kept in memory)`);
    }
    return result;
  }

  /** Every write so far is done. */
  async flush(): Promise<void> {
    await Promise.all([...this.writes.values()].map((w) => w.catch(() => undefined)));
  }

  /** Forget what is in memory (the next get() reads the file again), as a reload would. */
  forget(): void {
    this.stores.clear();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
