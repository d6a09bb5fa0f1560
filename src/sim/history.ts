// Time travel: every statement executed is recorded as the thread that ran it (the schedule),
// with an undo journal of what each statement changed (journal.ts) and a full snapshot every
// `every` statements. Going back a little undoes the journal's last groups — O(work of those
// statements). Going further back than the journal reaches (or where undoing would cost more)
// restores the nearest snapshot before the target and replays the recorded schedule from
// there — exact, because the whole state is data and the run is deterministic given its
// schedule. Step back, reverse continue and "run to step N" are built on `goto`. The snapshots
// together hold at most `budgetCells` cells (C memory slots, struct pages): a program with a
// large state gets sparser snapshots (slower long jumps) instead of exhausting the debugger's
// heap; the journal holds at most `journalSlots` (its oldest groups go first).

import type { Simulation } from './simulation';
import { attachState, detachState, restoreSnapshot, type SimSnapshot } from './snapshot';
import type { StopInfo } from './types';
import { Journal, JOURNAL_BUDGET_SLOTS } from './journal';
import { undoSink } from '../c/undo-sink';

/** Cells all snapshots may hold together by default (about 512 MB of heap). */
export const SNAPSHOT_BUDGET_CELLS = 16_000_000;
/** What one struct page of the model counts, in cells. */
const PAGE_CELLS = 24;
/**
 * Relative costs for choosing how to go back: replaying a statement (step, checks, scheduling)
 * against undoing one journal slot, and restoring one cell of a snapshot.
 */
const REPLAY_COST = 300;
const RESTORE_CELL_COST = 3;
/**
 * Snapshots are spaced by the state's size: at least this many statements per cell of the last
 * one (a snapshot copies every cell, a statement costs about as much as copying two), so taking
 * them costs a bounded share of a long run — 22 ms per snapshot of a 4096-page migration was
 * 90% of a continue's time at one every 500 statements. Deterministic: positions, not clocks.
 */
const GAP_PER_CELL = 0.5;
/**
 * Statements the journal records between two stops of the debugger: a longer run (a continue,
 * a next over a long call) goes on without it (its diffs cost ~5× the statement), and the
 * first step back after it restores a snapshot and replays, journaling the last JOURNAL_WINDOW
 * statements of the replay only — later step backs are undone by the journal again.
 */
export const JOURNAL_BULK = 2048;
export const JOURNAL_WINDOW = 2048;

/** The size of the simulation's state, in cells, as a snapshot of it would hold. */
function stateCells(sim: Simulation): number {
  let n = 0;
  for (const r of Object.values(sim.machine.state.mem)) n += r?.cells?.length ?? 0;
  return n + Object.keys(sim.model.pages).length * PAGE_CELLS;
}

export class History {
  /** The thread that executed each statement, in order. */
  private trace: number[] = [];
  private checkpoints = new Map<number, SimSnapshot>();
  private sizes = new Map<number, number>();
  /** Cells held by all snapshots. */
  snapshotCells = 0;
  /** Statements executed on the current timeline so far. */
  position = 0;
  private replaying = false;
  /** The position of the statement a replay is running. */
  private replayPos = 0;
  /** A timeline walk runs on copies: nothing it does is recorded. */
  private walking = false;
  /** The undo journal (what each recent statement changed). */
  readonly journal: Journal;
  /** Statements replayed by goto (the journal's fallback), for tests and benches. */
  replayed = 0;
  /** Go back by the journal whenever it reaches, whatever a snapshot would cost (tests). */
  journalFirst = false;
  /**
   * On by default (MMSTEP_JOURNAL=0 or setJournal(false): every step back restores a snapshot
   * and replays). Long runs pause it (JOURNAL_BULK), so a continue costs what it costs without.
   */
  private journalOn = typeof process === 'undefined' || process.env?.MMSTEP_JOURNAL !== '0';
  /** Statements recorded since the debugger's last stop (settled()). */
  private sinceStop = 0;
  /** The journal is paused for the rest of a long run, or for the early part of a replay. */
  private paused = false;
  /** Fewest statements between two snapshots (GAP_PER_CELL), and where the last one was taken. */
  private gap = 0;
  private lastTaken = 0;

  constructor(
    private readonly sim: Simulation,
    private every = 500,
    /** At most this many snapshots are kept: beyond, the interval doubles and every other goes. */
    private readonly maxCheckpoints = 200,
    private readonly budgetCells = SNAPSHOT_BUDGET_CELLS,
    journalSlots = JOURNAL_BUDGET_SLOTS,
  ) {
    this.take(0);
    this.journal = new Journal(sim, journalSlots);
    this.journal.reset(0);
    // The journal's write hooks record while one of this run's statements executes, only then.
    const sched = sim.sched;
    const runOne = sched.runOne.bind(sched);
    sched.runOne = (tid) => {
      if (this.walking || !this.journalOn || this.paused) return runOne(tid);
      const outer = undoSink.log;
      undoSink.log = this.journal.log;
      try {
        return runOne(tid);
      } finally {
        undoSink.log = outer;
      }
    };
  }

  private take(pos: number): void {
    const cells = stateCells(this.sim);
    this.checkpoints.set(pos, this.sim.snapshot());
    this.sizes.set(pos, cells);
    this.lastTaken = pos;
    this.gap = Math.floor(cells * GAP_PER_CELL);
    this.snapshotCells += cells;
    while ((this.checkpoints.size > this.maxCheckpoints || this.snapshotCells > this.budgetCells) && this.checkpoints.size > 1) this.thin();
  }

  private drop(pos: number): void {
    this.checkpoints.delete(pos);
    this.snapshotCells -= this.sizes.get(pos) ?? 0;
    this.sizes.delete(pos);
  }

  /** Before statement `position` runs in `tid` (called by the scheduler). */
  record(tid: number): void {
    if (this.walking) return;
    if (this.replaying) {
      if (this.journalOn && !this.paused) this.journal.begin(this.replayPos);
      return;
    }
    if (this.journalOn && !this.paused) {
      if (++this.sinceStop > JOURNAL_BULK) {
        // A long run: on without the journal (its diffs cost more than the statements).
        this.journal.close();
        this.journal.invalidate();
        this.paused = true;
      } else this.journal.begin(this.position);
    }
    if (this.position < this.trace.length) this.truncate(this.position);
    const pos = this.position;
    if (pos % this.every === 0 && pos - this.lastTaken >= this.gap && !this.checkpoints.has(pos)) this.take(pos);
    this.trace.push(tid);
    this.position++;
  }

  /** The thread of each statement up to the current position: with the scenario, the run itself. */
  schedule(): number[] {
    return this.trace.slice(0, this.position);
  }

  get checkpointCount(): number {
    return this.checkpoints.size;
  }

  /** Long runs: keep memory bounded by spacing the snapshots twice as far apart. */
  private thin(): void {
    this.every *= 2;
    for (const k of [...this.checkpoints.keys()]) if (k % this.every !== 0) this.drop(k);
  }

  /**
   * The state was changed outside the run before its first statement (benches and tests fill
   * a large range in code after loading): that state is the beginning of the run.
   */
  rebase(): void {
    if (this.position !== 0) throw new Error('rebase: the run has started');
    for (const k of [...this.checkpoints.keys()]) this.drop(k);
    this.take(0);
    this.journal.reset(0);
  }

  /** The debugger stopped (not a slice of a longer run): the journal records again. */
  settled(): void {
    this.sinceStop = 0;
    this.paused = false;
  }

  private truncate(pos: number): void {
    this.trace.length = pos;
    for (const k of [...this.checkpoints.keys()]) if (k > pos) this.drop(k);
    this.lastTaken = 0;
    for (const k of this.checkpoints.keys()) if (k > this.lastTaken) this.lastTaken = k;
    for (const k of [...this.edits.keys()]) if (k > pos) this.edits.delete(k);
  }

  /**
   * Changes the debugger made to the state before the statement at each position ran
   * (setVariable, goto: set-value.ts). Each sets absolute values, so applying one twice (from a
   * checkpoint taken after it) is harmless.
   */
  private edits = new Map<number, (() => void)[]>();

  /**
   * Apply `change` now, as part of the run: a replay through this position applies it again,
   * going back before it undoes it, and the recorded future (changed by it) is dropped.
   */
  edit(change: () => void): void {
    if (this.position < this.trace.length) this.truncate(this.position);
    // The change is not journaled: going back before it restores a snapshot and replays.
    this.journal.close();
    change();
    this.journal.invalidate();
    const list = this.edits.get(this.position) ?? [];
    list.push(change);
    this.edits.set(this.position, list);
  }

  /** Positions with edits (for tests and the timeline). */
  editPositions(): number[] {
    return [...this.edits.keys()].sort((a, b) => a - b);
  }

  private applyEdits(pos: number): void {
    const list = this.edits.get(pos);
    if (!list) return;
    if (this.walking) {
      for (const f of list) f();
      return;
    }
    this.journal.close();
    for (const f of list) f();
    // Not journaled: the journal starts again after them.
    if (this.journalOn) this.journal.reset(pos);
  }

  /**
   * Restore the state after `pos` statements of the recorded timeline: by the journal when it
   * reaches back there and undoing costs less than a snapshot's restore and replay, by
   * replaying on from here when `pos` is ahead, else from the nearest snapshot before it.
   */
  goto(pos: number): void {
    const target = Math.max(0, Math.min(pos, this.trace.length));
    let base = 0;
    for (const k of this.checkpoints.keys()) if (k <= target && k > base) base = k;
    const fromSnapshot = (target - base) * REPLAY_COST + (this.sizes.get(base) ?? 0) * RESTORE_CELL_COST;
    const j = this.journal;
    if (j.reaches(target) && j.end === this.position && target <= this.position) {
      if (this.journalFirst || j.slotsSince(target) <= fromSnapshot) {
        j.undoTo(target);
        this.afterTimeTravel();
        this.position = target;
        return;
      }
    }
    if (target >= this.position && j.reaches(this.position) && j.end === this.position && (target - this.position) * REPLAY_COST <= fromSnapshot) {
      this.afterTimeTravel();
      this.replayJournaled(this.position, target);
      this.applyEdits(target);
      this.position = target;
      return;
    }
    this.sim.restore(this.checkpoints.get(base)!);
    if (this.journalOn) this.journal.reset(base);
    this.replayJournaled(base, target);
    this.applyEdits(target);
    this.position = target;
  }

  /** Replay [from, to), journaling only its last JOURNAL_WINDOW statements (what step back needs next). */
  private replayJournaled(from: number, to: number): void {
    const mid = Math.max(from, to - JOURNAL_WINDOW);
    if (!this.journalOn || mid === from) {
      this.replay(from, to);
      return;
    }
    this.journal.close();
    this.journal.invalidate();
    this.paused = true;
    try {
      this.replay(from, mid);
    } finally {
      this.paused = false;
    }
    this.journal.reset(mid);
    this.replay(mid, to);
  }

  /** Switch the undo journal off (every step back restores a snapshot and replays: benches) or on. */
  setJournal(on: boolean): void {
    this.journalOn = on;
    this.journal.invalidate();
  }

  /** What Simulation.restore does after a snapshot: stops inside natives and the stop's handles start over. */
  private afterTimeTravel(): void {
    this.sim.natives.reset();
    (this.sim as unknown as { inspector?: { invalidate(): void } }).inspector?.invalidate();
  }

  /** Statements recorded on the timeline (the furthest step: `position` may be behind it). */
  get recorded(): number {
    return this.trace.length;
  }

  /**
   * Looks at the recorded timeline without moving: puts the state at `from`, calls `each(from)`,
   * replays to `to` calling `each(pos)` after every statement, then puts the current state back
   * exactly — by restoring a snapshot directly, so the stop's inspection handles stay valid
   * (they read through the state). Used by the timeline (state at step N, last write of a key).
   */
  walk(from: number, to: number, each: (pos: number) => void): void {
    this.journal.close();
    // The live objects go aside untouched and come back (the journal's entries name them).
    const here = detachState(this.sim);
    const position = this.position;
    this.walking = true;
    const start = Math.max(0, Math.min(from, this.trace.length));
    const end = Math.max(start, Math.min(to, this.trace.length));
    let base = 0;
    for (const k of this.checkpoints.keys()) if (k <= start && k > base) base = k;
    try {
      restoreSnapshot(this.sim, this.checkpoints.get(base)!);
      this.replay(base, start);
      each(start);
      this.replay(start, end, each);
    } finally {
      this.walking = false;
      attachState(this.sim, here);
      this.position = position;
    }
  }

  private replay(from: number, to: number, each?: (pos: number, stop?: StopInfo) => void): void {
    const sched = this.sim.sched;
    this.replaying = true;
    sched.replaying = true;
    this.sim.breakpoints.muted = true;
    try {
      for (let i = from; i < to; i++) {
        if (this.edits.size) this.applyEdits(i);
        this.replayPos = i;
        const r = sched.runOne(this.trace[i]);
        this.replayed++;
        each?.(i + 1, r.stop);
      }
    } finally {
      this.replaying = false;
      sched.replaying = false;
      this.sim.breakpoints.muted = false;
    }
  }

  /** Back to where `tid` was about to run its previous statement. */
  stepBack(tid: number): StopInfo {
    let j = this.position - 1;
    while (j >= 0 && this.trace[j] !== tid) j--;
    if (j < 0) {
      this.goto(0);
      return { reason: 'step', tid, description: 'the beginning of the run' };
    }
    this.goto(j);
    return { reason: 'step', tid };
  }

  /** A reverse continue cut into slices (see reverseContinue's `limit`). */
  private reverse?: { end: number; pos: number; hit?: { pos: number; stop: StopInfo } };

  /**
   * The reverse of continue: back to the latest earlier position where continue would have
   * stopped — a thread arriving at a breakpoint, or an invariant violation (with the
   * 'invariants' exception filter on; shown on its culprit statement again). It replays the
   * run from the beginning: with `limit`, it returns an `incomplete` stop after that many replayed
   * statements, leaving the state at that earlier position, and a call with `resume` goes on.
   */
  reverseContinue(limit = Infinity, resume = false): StopInfo {
    const sched = this.sim.sched;
    if (!resume || !this.reverse) {
      const end = this.position;
      this.goto(0);
      this.reverse = { end, pos: 0 };
    }
    const r = this.reverse;
    const to = Math.min(r.end - 1, r.pos + limit);
    if (to > r.pos) {
      this.replay(r.pos, to, (pos, exception) => {
        const tid = this.trace[pos - 1];
        // As forwards: an exception the statement raised comes before a breakpoint after it.
        const stop = exception && exception.reason === 'exception' && !exception.ended ? exception : sched.stopsAt(tid);
        if (stop) r.hit = { pos, stop };
      });
      r.pos = to;
      this.position = to;
    }
    if (r.pos < r.end - 1) return { reason: 'pause', tid: sched.mainTid, incomplete: true };
    this.reverse = undefined;
    if (!r.hit) {
      this.goto(0);
      return { reason: 'step', tid: sched.mainTid, description: 'the beginning of the run: no breakpoint before' };
    }
    this.goto(r.hit.pos);
    return r.hit.stop;
  }
}
