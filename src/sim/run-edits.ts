// The debugger's edits of a run as plain data (src/protocol/edits.ts), beside the history's own
// closures (History.edit): evidence needs what was set, where and when, to replay it on a fresh
// load. The log follows the timeline as the history does: an edit, or a statement run live from an
// earlier position, drops the edits recorded after that position (their future is gone).

import type { RunEdit } from '../protocol/edits';

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

  get size(): number {
    return this.list.length;
  }
}
