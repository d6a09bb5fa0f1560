// The debugger's edits of a run as plain data (src/protocol/edits.ts), beside the history's own
// closures (History.edit): evidence needs what was set, where and when, to replay it on a fresh
// load. The log follows the timeline as the history does: an edit, or a statement run live from an
// earlier position, drops the edits recorded after that position (their future is gone).

import type { RunEdit } from '../protocol/edits';

/** The page fields' names in state keys (the Variables view's PG_ names are the same fields). */
const PAGE_FIELD_KEY: Record<string, string> = { PG_locked: 'locked', PG_dirty: 'dirty' };

export class RunEditLog {
  private list: RunEdit[] = [];

  /** A new edit at `e.step`: what was recorded after it belonged to the dropped future. */
  add(e: RunEdit): void {
    this.truncate(e.step);
    this.list.push(e);
  }

  /** The timeline from `pos` on is being rewritten: edits after `pos` are gone. */
  truncate(pos: number): void {
    if (this.list.length && this.list[this.list.length - 1].step > pos) this.list = this.list.filter((x) => x.step <= pos);
  }

  /** The edits made at or before position `pos`, in the order of the run (copies). */
  upTo(pos: number): RunEdit[] {
    return this.list.filter((x) => x.step <= pos).map((x) => structuredClone(x));
  }

  /**
   * What the edits made at position `pos` set, as state keys (StateView.edited): a page field
   * page:<pfn>:<field>, a pte pte:<pid>:<addr>, a TLB entry tlb:<cpu>:<pid>:<addr>.
   */
  keysAt(pos: number): string[] {
    const out = new Set<string>();
    for (const e of this.list) {
      if (e.step !== pos) continue;
      if (e.kind === 'page') out.add(`page:${e.pfn}:${PAGE_FIELD_KEY[e.field] ?? e.field}`);
      else if (e.kind === 'pte') out.add(`pte:${e.pid}:${e.addr}`);
      else if (e.kind === 'tlb') out.add(`tlb:${e.cpu}:${e.pid}:${e.addr}`);
    }
    return [...out];
  }

  get size(): number {
    return this.list.length;
  }
}
