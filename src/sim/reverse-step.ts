// Step back as the exact reverse of step over. The history (history.ts) records which thread
// ran each statement; this trail adds, for every position, the frame depth and the statement
// the thread was resting on. From that, step back finds the position a `next` would have
// started from to arrive here: skipping the statements of calls stepped over (deeper frames),
// and going to the first statement of the line (a `for` line's update and condition are one
// line stop), as line stepping (step-granularity.ts) does forwards.

import type { Machine } from '../c/machine';
import type { Granularity } from './step-granularity';

export class StepTrail {
  private tids: number[] = [];
  private depths: number[] = [];
  private locs: number[] = [];

  /** Before the statement at `pos` runs in `tid` (after History.record). */
  record(m: Machine, pos: number, tid: number): void {
    const t = m.thread(tid);
    this.tids.length = this.depths.length = this.locs.length = pos;
    this.tids.push(tid);
    this.depths.push(t.frames.length);
    this.locs.push(m.atStmt(t)?.loc ?? -1);
  }

  get length(): number {
    return this.tids.length;
  }

  /** The thread that ran the statement at `pos` (-1 when not recorded). */
  tidAt(pos: number): number {
    return this.tids[pos] ?? -1;
  }

  /**
   * The first position at which the frame of index `index` (0 = the entry function's) that
   * `tid` has at position `pos` existed: one after the last statement `tid` ran, before `pos`,
   * from a frame above it (that statement called the function). 0 for the entry frame.
   */
  frameStart(tid: number, index: number, pos: number): number {
    for (let k = Math.min(pos, this.tids.length) - 1; k >= 0; k--) {
      if (this.tids[k] === tid && this.depths[k] <= index) return k + 1;
    }
    return 0;
  }

  /**
   * The position step back goes to from `pos` (where `tid` rests at frame `depth`), or -1 when
   * `tid` ran no statement before. 'line' goes back to the start of the previous line of the
   * same or an outer frame; 'statement' / 'instruction' to its previous statement there.
   */
  target(m: Machine, tid: number, pos: number, depth: number, granularity: Granularity): number {
    let j = Math.min(pos, this.tids.length) - 1;
    const own = (k: number): boolean => this.tids[k] === tid && this.locs[k] >= 0;
    while (j >= 0 && !(own(j) && this.depths[j] <= depth)) j--;
    if (j < 0 || granularity !== 'line') return j;
    // The first statement of that line in that frame: what a forward line step stopped on.
    const d = this.depths[j];
    const first = m.loc(this.locs[j]);
    const seen = new Set([this.locs[j]]);
    for (let k = j - 1; k >= 0; k--) {
      if (!own(k) || this.depths[k] > d) continue;
      if (this.depths[k] < d || seen.has(this.locs[k])) break;
      const l = m.loc(this.locs[k]);
      if (l.file !== first.file || l.line !== first.line) break;
      seen.add(this.locs[k]);
      j = k;
    }
    return j;
  }
}
