// Reverse execution as the exact reverse of the forward commands, as gdb's reverse-next and
// reverse-continue (and rr) do it: going back over a stretch of the run stops at the LAST point
// of that stretch where the forward command would have stopped — a thread arriving at a
// breakpoint (its condition and hit count judged as they were at that moment), a data
// breakpoint's change (from the values at the start of the stretch), an invariant violation
// (with the 'invariants' filter on), a function breakpoint on a native (at its calling
// statement: replays never stop inside natives) — or, with none, where the command goes:
//   stepBack        the position a `next` (`step` by statement / instruction) started from to
//                   arrive here (reverse-step.ts): the stretch is the statements skipped;
//   reverseContinue the beginning of the run: the stretch is the whole run so far.
// Going back before the call of a C data breakpoint's frame leaves its frame as the forward
// run leaves it at its return: the stop says so and the breakpoint is removed (watchpoints.ts).
// The stretch is replayed with History.walk (the state comes back after each slice), then the
// run goes to the stop found with History.goto.

import type { History } from './history';
import type { Scheduler } from './scheduler';
import type { Simulation } from './simulation';
import type { Granularity } from './step-granularity';
import type { StopInfo } from './types';

interface Hit {
  pos: number;
  stop: StopInfo;
  /** A C data breakpoint whose frame going back leaves here: removed when this is the stop. */
  leaves?: string;
  /** A violation's culprit statement as the replay found it (shown again when landing here). */
  culprit?: Scheduler['culprit'];
}

/** A replay of the positions (lo, hi) looking for the last stop, possibly in slices. */
interface Scan {
  lo: number;
  hi: number;
  /** Positions up to here are looked at. */
  done: number;
  hit?: Hit;
  /** Where the command goes when nothing stops it. */
  fallback: StopInfo;
  /**
   * Stopped inside a native, the calling statement (hi - 1) is in progress: its function
   * breakpoint is the stop the command starts from, not an earlier one.
   */
  inNative: boolean;
  /** The state is at `lo` already (a quick step back). */
  there?: boolean;
  /**
   * The statement that led to `hi` is looked at too: a step moved off its culprit (a data
   * change or a violation shown on it) without running anything, so it lies behind the user.
   */
  tail?: boolean;
}

export class ReverseRun {
  /** A reverse continue cut into slices (maxSteps), until it is done. */
  private pending?: Scan;

  constructor(private readonly sim: Simulation) {}

  private history(): History {
    const h = this.sim.history;
    if (!h) throw new Error('this simulation was loaded without time travel');
    return h;
  }

  /**
   * Back in time by `granularity`: 'line', the reverse of next (to where a `next` of `tid`
   * would have started to get here); 'statement', the reverse of next by statement;
   * 'instruction' (or none), to the previous statement `tid` ran, in any frame. Stops on the
   * way as the forward command would have.
   */
  stepBack(tid: number, granularity?: string): StopInfo {
    const h = this.history();
    const trail = this.sim.trail;
    const t = this.sim.machine.thread(tid);
    const g: Granularity = granularity === 'line' || granularity === 'statement' ? granularity : 'instruction';
    const hi = h.position;
    let target: number;
    if (!trail || !t) target = -1;
    else if (g === 'instruction') {
      target = Math.min(hi, trail.length) - 1;
      while (target >= 0 && trail.tidAt(target) !== tid) target--;
    } else target = trail.target(this.sim.machine, tid, hi, t.frames.length, g);
    const fallback: StopInfo = target < 0 ? { reason: 'step', tid, description: 'the beginning of the run' } : { reason: 'step', tid };
    const scan: Scan = { lo: Math.max(0, target), hi, done: Math.max(0, target), fallback, inNative: this.inNative() };
    this.pending = undefined;
    if (hi - scan.lo > 1 && (this.sim.breakpoints.any() || this.sim.watchpoints.size)) this.run(scan, Infinity);
    else if (!this.quick(scan)) this.run(scan, Infinity);
    return this.land(scan);
  }

  /**
   * A step back with nothing to look for in between (no statement skipped, or no breakpoint
   * and no data breakpoint set): straight to the target, the replay only when an invariant
   * broke in between (the count of violations differs). False when a scan is needed after all.
   */
  private quick(scan: Scan): boolean {
    const h = this.history();
    const sched = this.sim.sched;
    const wps = this.sim.watchpoints;
    const violations = sched.violations.length;
    if (wps.size) for (const l of wps.scanBegin(scan.lo)) if (l.pos === scan.lo) this.note(scan, { pos: l.pos, stop: l.stop, leaves: l.dataId });
    h.goto(scan.lo);
    scan.there = true;
    return scan.hi - scan.lo <= 1 || !sched.exceptionFilters.has('invariants') || sched.violations.length === violations;
  }

  /**
   * Back to the latest earlier point where continue would have stopped, or the beginning of
   * the run. With `limit`, returns an `incomplete` stop (leaving the state where it is) after
   * replaying about that many statements; a call with `resume` goes on.
   */
  reverseContinue(limit = Infinity, resume = false): StopInfo {
    const h = this.history();
    if (!resume || !this.pending) {
      const fallback: StopInfo = { reason: 'step', tid: this.sim.sched.mainTid, description: 'the beginning of the run: no breakpoint before' };
      const sched = this.sim.sched;
      const left = sched.leftCulprit;
      const tail = !!left && left.steps === this.sim.machine.state.steps && h.position > 0;
      sched.leftCulprit = undefined;
      this.pending = { lo: 0, hi: h.position, done: 0, fallback, inNative: this.inNative(), ...(tail ? { tail } : {}) };
    }
    const scan = this.pending;
    if (!this.run(scan, limit)) return { reason: 'pause', tid: this.sim.sched.focus, incomplete: true };
    this.pending = undefined;
    return this.land(scan);
  }

  /** Replays up to `limit` more positions of `scan`; true when all of (lo, hi) was looked at. */
  private run(scan: Scan, limit: number): boolean {
    const h = this.history();
    const end = scan.tail ? scan.hi : scan.hi - 1;
    if (scan.done >= end && scan.done > scan.lo) return true;
    const to = Math.max(scan.lo, Math.min(end, scan.done + limit));
    const bps = this.sim.breakpoints;
    const wps = this.sim.watchpoints;
    const sched = this.sim.sched;
    const trail = this.sim.trail;
    const first = scan.done === scan.lo;
    // Natives' function breakpoints stop at their calling statement (replays pass natives by).
    bps.reverse = true;
    try {
      h.walk(scan.done, to, (pos: number, raised?: StopInfo) => {
        if (pos === scan.done) {
          if (!first) return;
          // The values at the start of the stretch, which the first change is seen against;
          // and the C data breakpoints whose frames began inside it.
          for (const l of wps.scanBegin(scan.lo)) if (l.pos >= scan.lo && l.pos < scan.hi) this.note(scan, { pos: l.pos, stop: l.stop, leaves: l.dataId });
          wps.scanAt(pos, -1);
          return;
        }
        const tid = trail?.tidAt(pos - 1) ?? sched.mainTid;
        // As forwards: an exception the statement raised, then a data change, then a breakpoint.
        const exception = raised && raised.reason === 'exception' && !raised.ended ? raised : undefined;
        const change = wps.size ? wps.scanAt(pos, tid) : undefined;
        // At `hi` itself (the tail) only what the last statement did counts: arriving is where we are.
        let stop = exception ?? change ?? (pos < scan.hi ? sched.stopsAt(tid) : undefined);
        if (stop?.reason === 'function breakpoint' && scan.inNative && pos === scan.hi - 1) stop = undefined;
        if (stop) this.note(scan, { pos, stop, ...(exception && sched.culprit ? { culprit: { ...sched.culprit } } : {}) });
      });
    } finally {
      bps.reverse = false;
    }
    scan.done = Math.max(to, scan.lo + 1);
    return scan.done >= end;
  }

  /** Is a thread stopped inside a native (in the middle of its calling statement)? */
  private inNative(): boolean {
    return this.sim.threads().some((t) => this.sim.machine.thread(t.id)?.native !== undefined);
  }

  private note(scan: Scan, hit: Hit): void {
    if (!scan.hit || hit.pos >= scan.hit.pos) scan.hit = hit;
  }

  /** Goes to the stop found (or the fallback) and makes it the debugger's stop. */
  private land(scan: Scan): StopInfo {
    const h = this.history();
    const sched = this.sim.sched;
    const wps = this.sim.watchpoints;
    const hit = scan.hit;
    const dest = hit ? hit.pos : scan.lo;
    // (a walk leaves the position where it started; a quick step back is there already)
    if (!scan.there || h.position !== dest) h.goto(dest);
    // A violation's culprit statement is shown when that is the stop, and only then.
    sched.culprit = hit?.stop.reason === 'exception' ? hit.culprit : undefined;
    if (hit?.leaves) wps.expireById(hit.leaves, hit.stop.description ?? 'the data breakpoint is removed');
    else if (hit?.stop.reason === 'data breakpoint') wps.culpritAfterReverse(hit.stop.tid);
    wps.rebase();
    return hit ? hit.stop : scan.fallback;
  }
}
