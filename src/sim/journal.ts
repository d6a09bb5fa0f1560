// The undo journal of time travel: for each statement executed, the old value of everything it
// changed, so stepping back undoes the last statement's entries — O(work of that statement) —
// instead of restoring a snapshot and replaying up to thousands of statements.
//
// One flat log of (object, key, old value) triples, cut into groups, one per statement
// position. Two sources fill it:
//  - hooks on the write paths, while the statement runs: C memory cells, region fields and the
//    region map (src/c/undo-sink.ts and its callers), and the model behind a write barrier
//    during natives and model memory writes (src/mm/undo-membrane.ts);
//  - diffs at the end of the statement against shadows of what is written without a hook:
//    threads, their frames (pc, locals, operand stacks, regions: the interpreter and the
//    generated code write them directly), the machine's counters, the model object's own
//    fields and the scheduler's state.
// The entries name the live objects themselves, so the journal is only valid while the state is
// the one it was built on: a snapshot restore (new objects) or an edit resets it, and the
// history falls back to snapshot + replay. Its size is bounded: beyond `maxSlots` the oldest
// groups are dropped.

import type { Frame, MachineState, ThreadState } from '../c/machine-state';
import type { Region } from '../c/memory';
import { undoSink } from '../c/undo-sink';
import type { MmModel } from '../mm/state';
import { MODEL_BOOKKEEPING_KEYS } from './snapshot';
import { ABSENT, diffArray, diffObj, SET_ADDED, shadowOf, undoLog, type Shadow } from './journal-shadow';

/** Log slots (3 per entry) the journal may hold by default: about 2 million entries. */
export const JOURNAL_BUDGET_SLOTS = 6_000_000;

/** The scheduler's fields that change as it runs (those of SchedulerState, and `preempted`). */
export const SCHED_SCALARS = ['focus', 'current', 'ended', 'outcome', 'violationAt', 'quiesced', 'culprit', 'verdictMoment', 'preempted'] as const;
/** Records the scheduler mutates in place. */
export const SCHED_RECORDS = ['eligible', 'stages', 'lastStage', 'start'] as const;
/** Lists the scheduler only appends to (order: a thread fork() made joins it). */
export const SCHED_LISTS = ['output', 'violations', 'order'] as const;
/** The scheduler's containers: a restore replaces them (and the journal no longer applies). */
const SCHED_REFS = ['triggers', ...SCHED_RECORDS, ...SCHED_LISTS, 'seenViolations'];

export interface Journaled {
  machine: { state: MachineState };
  model: MmModel;
  sched: object;
}

interface RegionShadow {
  cells: unknown;
  freed: unknown;
}

const own = Object.prototype.hasOwnProperty;

export class Journal {
  /** (object, key, old value) triples of all groups, oldest first. */
  readonly log: unknown[] = [];
  /** Where each group's entries start in the log; group g undoes statement `start + g`. */
  private marks: number[] = [];
  /** The position the first group starts from. */
  start = 0;
  /** A group is open: its statement ran (or is running) and its diffs are not taken yet. */
  private open = false;
  private valid = false;
  /** Statements undone by the journal so far (tests check the journal path was taken). */
  undone = 0;

  private machineRef?: MachineState;
  private pagesRef?: unknown;
  private schedRefs: unknown[] = [];
  private machineSh?: Shadow;
  private modelSh?: Shadow;
  private threadSh = new WeakMap<ThreadState, Shadow>();
  private frameSh = new WeakMap<Frame, Shadow>();
  private regionSh = new WeakMap<Region, RegionShadow>();
  private recordSh: Shadow[] = [];
  private triggerSh = new WeakMap<object, Shadow>();
  private triggersCopy: unknown[] = [];
  private schedVals: unknown[] = [];
  private listLens: number[] = [];
  private seenSize = 0;

  constructor(
    private readonly sim: Journaled,
    private readonly maxSlots = JOURNAL_BUDGET_SLOTS,
  ) {}

  /** The position after the last group. */
  get end(): number {
    return this.start + this.marks.length;
  }

  private get s(): Record<string, unknown> {
    return this.sim.sched as Record<string, unknown>;
  }

  /** Still built on the live state objects (no snapshot restore since)? */
  isValid(): boolean {
    if (!this.valid) return false;
    if (this.sim.machine.state !== this.machineRef || this.sim.model.pages !== this.pagesRef) return false;
    const s = this.s;
    for (let i = 0; i < SCHED_REFS.length; i++) if (s[SCHED_REFS[i]] !== this.schedRefs[i]) return false;
    return true;
  }

  /** Start over at `pos` from the current state: no group before it. */
  reset(pos: number): void {
    this.log.length = 0;
    this.marks = [];
    this.start = pos;
    this.open = false;
    this.shadowAll();
    this.valid = true;
  }

  /** Drop everything (the state changed without the journal: an edit). */
  invalidate(): void {
    this.log.length = 0;
    this.marks = [];
    this.open = false;
    this.valid = false;
  }

  /** Statement `pos` is about to run: close the previous group and open its own. */
  begin(pos: number): void {
    if (this.open) this.close();
    if (pos !== this.end || !this.isValid()) this.reset(pos);
    this.marks.push(this.log.length);
    this.open = true;
    undoSink.model = false;
  }

  /** Take the open group's diffs (what its statement changed without a hook). */
  close(): void {
    if (!this.open) return;
    this.open = false;
    if (!this.isValid()) {
      this.invalidate();
      return;
    }
    const log = this.log;
    const st = this.sim.machine.state;
    for (const t of st.threads) this.diffThread(t);
    diffObj(log, st, this.machineSh!);
    this.diffModel(undoSink.model);
    undoSink.model = false;
    this.diffSched();
    if (log.length > this.maxSlots) this.trim();
  }

  /** Slots of the groups after `pos` (the work of undoing back to it). */
  slotsSince(pos: number): number {
    const g = pos - this.start;
    return g < this.marks.length ? this.log.length - this.marks[g] : 0;
  }

  /** Can the journal bring the state back to `pos`? */
  reaches(pos: number): boolean {
    this.close();
    return this.isValid() && pos >= this.start && pos <= this.end;
  }

  /** Undo the statements from the end back to position `pos` (reaches(pos) must hold). */
  undoTo(pos: number): void {
    const g = pos - this.start;
    if (g >= this.marks.length) return;
    undoLog(this.log, this.marks[g]);
    this.undone += this.marks.length - g;
    this.marks.length = g;
    // The incremental invariant check's bookkeeping is not journaled: look at everything next.
    this.sim.model.touchedAll = true;
    this.shadowAll();
  }

  /** Keep memory bounded: drop the oldest half of the groups. */
  private trim(): void {
    const h = Math.max(1, Math.floor(this.marks.length / 2));
    if (h >= this.marks.length) return;
    const cut = this.marks[h];
    this.log.splice(0, cut);
    this.marks = this.marks.slice(h).map((m) => m - cut);
    this.start += h;
  }

  // --- shadows --------------------------------------------------------------------------

  private shadowAll(): void {
    const st = this.sim.machine.state;
    this.machineRef = st;
    this.pagesRef = this.sim.model.pages;
    this.machineSh = shadowOf(st, true);
    this.threadSh = new WeakMap();
    this.frameSh = new WeakMap();
    this.regionSh = new WeakMap();
    for (const t of st.threads) {
      this.threadSh.set(t, shadowOf(t, true));
      for (const fr of t.frames) this.shadowFrame(fr);
    }
    this.modelSh = shadowOf(this.sim.model, false);
    const s = this.s;
    this.schedRefs = SCHED_REFS.map((k) => s[k]);
    this.schedVals = SCHED_SCALARS.map((k) => s[k]);
    this.recordSh = SCHED_RECORDS.map((k) => shadowOf(s[k] as object, false));
    const triggers = (s.triggers as object[] | undefined) ?? [];
    this.triggersCopy = triggers.slice();
    this.triggerSh = new WeakMap();
    for (const t of triggers) this.triggerSh.set(t, shadowOf(t, false));
    this.listLens = SCHED_LISTS.map((k) => (s[k] as unknown[]).length);
    this.seenSize = (s.seenViolations as Set<unknown>).size;
  }

  private shadowFrame(fr: Frame): void {
    this.frameSh.set(fr, shadowOf(fr, true));
    this.shadowRegions(fr);
  }

  /** The frame's own objects as they are (a return frees them without a hook: machine.ts). */
  private shadowRegions(fr: Frame): void {
    const mem = this.sim.machine.state.mem;
    for (const id of fr.regions) {
      const r = mem[id];
      if (r) this.regionSh.set(r, { cells: r.cells, freed: own.call(r, 'freed') ? r.freed : ABSENT });
    }
  }

  private diffRegions(fr: Frame): void {
    const mem = this.sim.machine.state.mem;
    const log = this.log;
    for (const id of fr.regions) {
      const r = mem[id];
      const sh = r && this.regionSh.get(r);
      if (!sh) continue;
      if (r.cells !== sh.cells) log.push(r, 'cells', sh.cells);
      const freed = own.call(r, 'freed') ? r.freed : ABSENT;
      if (freed !== sh.freed) log.push(r, 'freed', sh.freed);
    }
  }

  private diffThread(t: ThreadState): void {
    const log = this.log;
    const sh = this.threadSh.get(t);
    if (!sh) {
      // Started during the statement: it goes away with the threads array's own entry.
      this.threadSh.set(t, shadowOf(t, true));
      for (const fr of t.frames) this.shadowFrame(fr);
      return;
    }
    const before = sh.arrs!.frames as Frame[] | undefined;
    const now = t.frames;
    if (before) {
      // Frames below the first one that changed were not running: only that one's caller and up.
      const lo = Math.min(before.length, now.length);
      let k = 0;
      while (k < lo && before[k] === now[k]) k++;
      for (let i = Math.max(0, Math.min(k, before.length) - 1); i < before.length; i++) {
        const fr = before[i];
        const fs = this.frameSh.get(fr);
        if (!fs) continue;
        const popped = i >= k;
        diffObj(log, fr, fs);
        if (popped) this.diffRegions(fr);
        this.shadowRegions(fr);
      }
      for (let i = k; i < now.length; i++) if (!this.frameSh.has(now[i])) this.shadowFrame(now[i]);
    }
    diffObj(log, t, sh);
  }

  private diffModel(touched: boolean): void {
    const m = this.sim.model as unknown as Record<string, unknown>;
    const sh = this.modelSh!;
    if (!touched) {
      // No native ran: only the invariant check's bookkeeping can have changed.
      let same = true;
      for (const k of MODEL_BOOKKEEPING_KEYS) if (m[k] !== sh.vals[k]) same = false;
      if (m.touchedAll !== sh.vals.touchedAll) same = false;
      if (same) return;
    }
    diffObj(this.log, m, sh);
  }

  private diffSched(): void {
    const s = this.s;
    const log = this.log;
    for (let i = 0; i < SCHED_SCALARS.length; i++) {
      const k = SCHED_SCALARS[i];
      if (s[k] !== this.schedVals[i]) {
        log.push(s, k, this.schedVals[i]);
        this.schedVals[i] = s[k];
      }
    }
    for (let i = 0; i < SCHED_RECORDS.length; i++) diffObj(log, s[SCHED_RECORDS[i]] as object, this.recordSh[i]);
    const triggers = s.triggers as object[];
    for (const t of triggers) {
      const ts = this.triggerSh.get(t);
      if (ts) diffObj(log, t, ts);
      else this.triggerSh.set(t, shadowOf(t, false));
    }
    diffArray(log, triggers, this.triggersCopy);
    for (let i = 0; i < SCHED_LISTS.length; i++) {
      const list = s[SCHED_LISTS[i]] as unknown[];
      if (list.length !== this.listLens[i]) {
        log.push(list, 'length', this.listLens[i]);
        this.listLens[i] = list.length;
      }
    }
    const seen = s.seenViolations as Set<unknown>;
    if (seen.size !== this.seenSize) {
      const all = [...seen];
      log.push(SET_ADDED, seen, all.slice(this.seenSize));
      this.seenSize = seen.size;
    }
  }
}
