// Deterministic scheduling and run control. The main thread runs; a thread started 'first'
// runs before it (until it blocks, yields with schedule() or finishes); 'when-main-blocks'
// threads become runnable the first time main sleeps. Whenever the running thread blocks or
// yields, the next ready thread runs: main first, then the others in scenario order. Faults,
// invariant violations, deadlocks and runaway loops end or stop the run as exceptions.

import { checkPteMaps, pteMapsSettled, type MapOwner } from '../mm/pte-maps';
import type { Machine, ThreadState } from '../c/machine';
import { checkInvariants, type Violation } from '../mm/invariants';
import type { MmModel } from '../mm/state';
import type { Breakpoints } from './breakpoints';
import type { ThreadStart } from '../scenario/types';
import { firePoints, mainPosition, type MainPos, type Trigger } from './start-points';
import { checkQuiescent } from '../mm/invariants';
import type { RunResult, SimEvents, StopInfo, ThreadInfo } from './types';
import { culpritText, lineStepDone, type Culprit, type Granularity, type LineStart } from './step-granularity';
import { childEnded } from './user-tasks';

type Start = 'main' | ThreadStart;

const SWITCHED = Object.freeze({ switched: true });
const NOT_SWITCHED = Object.freeze({ switched: false });

/** The scheduler's own mutable state, as plain data (for snapshots). */
export interface SchedulerState {
  triggers: Trigger[];
  violationAt?: { file: string; line: number; column: number };
  quiesced: boolean;
  focus: number;
  current: number;
  eligible: Record<number, boolean>;
  ended: boolean;
  outcome: RunResult['outcome'];
  violations: Violation[];
  seenViolations: string[];
  output: string[];
  stages: Record<number, string | undefined>;
  lastStage: Record<number, string>;
  culprit?: Culprit;
  verdictMoment?: unknown;
  /** The threads in run order and how each started (fork() adds threads as the run goes). */
  order?: number[];
  start?: Record<number, Start>;
}
type Kind = 'in' | 'over' | 'out';

export class Scheduler {
  mainTid = 1;
  focus = 1;
  current = 1;
  order: number[] = [];
  start: Record<number, Start> = {};
  eligible: Record<number, boolean> = {};
  exceptionFilters = new Set(['faults', 'invariants', 'deadlock']);
  /**
   * Check every invariant over the whole model after each statement instead of only what the
   * statement touched (slow; the differential test compares the two).
   */
  fullChecks = false;
  ended = false;
  outcome: RunResult['outcome'] = 'completed';
  violations: Violation[] = [];
  private seenViolations = new Set<string>();
  output: string[] = [];
  private stages: Record<number, string | undefined> = {};

  constructor(
    private readonly m: Machine,
    private readonly model: MmModel,
    private readonly bps: Breakpoints,
    private readonly events: SimEvents,
    private readonly budget: number,
  ) {}

  /** Where the first invariant violation happened: the statement whose execution caused it. */
  violationAt?: { file: string; line: number; column: number };
  private triggers: Trigger[] = [];
  /** Main was preempted at a named point: others run before it goes on. */
  private preempted = false;
  private quiesced = false;

  private get hasTriggers(): boolean {
    return this.triggers.length > 0;
  }

  addThread(tid: number, start: Start): void {
    this.order.push(tid);
    this.start[tid] = start;
    this.eligible[tid] = start === 'main' || start === 'first';
    if (start === 'main') this.mainTid = this.focus = this.current = tid;
    if (typeof start === 'object') this.triggers.push({ tid, start, seen: 0, fired: false });
  }

  /** After main ran a statement: start the threads whose named point it has just reached. */
  private fireTriggers(before: MainPos | undefined): boolean {
    const started = firePoints(this.m, this.mainTid, this.triggers, before);
    for (const tid of started) this.eligible[tid] = true;
    return started.length > 0;
  }

  private mainPos(): MainPos | undefined {
    return mainPosition(this.m, this.mainTid);
  }

  saveState(): SchedulerState {
    return {
      triggers: this.triggers.map((t) => ({ ...t })),
      violationAt: this.violationAt,
      quiesced: this.quiesced,
      focus: this.focus,
      current: this.current,
      eligible: { ...this.eligible },
      ended: this.ended,
      outcome: this.outcome,
      violations: [...this.violations],
      seenViolations: [...this.seenViolations],
      output: [...this.output],
      stages: { ...this.stages },
      lastStage: { ...this.lastStage },
      ...(this.culprit ? { culprit: { ...this.culprit } } : {}),
      ...(this.verdictMoment !== undefined ? { verdictMoment: this.verdictMoment } : {}),
      order: [...this.order],
      start: { ...this.start },
    };
  }

  loadState(s: SchedulerState): void {
    this.triggers = s.triggers.map((t) => ({ ...t }));
    this.violationAt = s.violationAt;
    this.quiesced = s.quiesced;
    this.focus = s.focus;
    this.current = s.current;
    this.eligible = { ...s.eligible };
    this.ended = s.ended;
    this.outcome = s.outcome;
    this.violations = [...s.violations];
    this.seenViolations = new Set(s.seenViolations);
    this.output = [...s.output];
    this.stages = { ...s.stages };
    this.lastStage = { ...s.lastStage };
    this.culprit = s.culprit ? { ...s.culprit } : undefined;
    this.leftCulprit = undefined;
    this.verdictMoment = s.verdictMoment;
    if (s.order) this.order = [...s.order];
    if (s.start) this.start = { ...s.start };
  }

  /**
   * fork() in a user program made threads during a step (src/c/thread-fork.ts): each joins the
   * run as a ready thread after the others (the forking thread goes on first, as exec runs it).
   */
  private adoptForked(): void {
    for (let tid = this.order.length + 1; tid <= this.m.state.threads.length; tid++) if (this.start[tid] === undefined) this.addThread(tid, 'first');
  }

  /**
   * The statement that broke an invariant, while `tid` still rests where that stop left it: the
   * debugger shows the top frame there (the state is the one after it ran).
   */
  culprit?: Culprit;
  /**
   * What the verdict is computed from: taken at the first invariant violation (where a headless
   * run stops), kept as plain data so that time travel restores it (see Simulation.result).
   */
  verdictMoment?: unknown;
  /** Called at the first invariant violation of the run, to take `verdictMoment`. */
  onFirstViolation?: () => unknown;

  /**
   * The culprit a step moved off without running anything (the thread rests after it): reverse
   * continue from there goes back to that stop first, the reverse of that step.
   */
  leftCulprit?: Culprit;

  culpritFor(tid: number): Culprit | undefined {
    const c = this.culprit;
    return c && c.tid === tid && c.steps === this.m.state.steps ? c : undefined;
  }

  /**
   * Run the 'first' threads up to their first sleep or schedule(), before main starts (a driver's
   * module init, whose memremap_pages sets up 65,536 struct pages in C, runs millions of
   * statements here; the run's step budget is the limit, as everywhere).
   */
  begin(): void {
    for (const tid of this.order) {
      if (this.start[tid] !== 'first') continue;
      for (let guard = 0; guard <= this.budget && this.t(tid).status === 'ready'; guard++) {
        const r = this.runOne(tid);
        if (r.stop || r.switched) break;
      }
      if (this.ended) return;
    }
    this.current = this.mainTid;
    this.stages[this.mainTid] = this.stageOf(this.mainTid);
  }

  private t(tid: number): ThreadState {
    return this.m.thread(tid);
  }

  threadInfos(): ThreadInfo[] {
    return this.order.map((tid) => {
      const t = this.t(tid);
      const status = t.status === 'ready' ? (this.eligible[tid] ? 'ready' : 'waiting') : t.status;
      return { id: tid, name: t.name, status, ...(t.blockedReason ? { blockedOn: t.blockedReason } : {}) };
    });
  }

  stageOf(tid: number): string | undefined {
    const t = this.t(tid);
    for (let i = t.frames.length - 1; i >= 0; i--) {
      const s = this.m.fn(t.frames[i].fn).stage;
      if (s) return s;
    }
    return undefined;
  }

  /** For display: the stage the thread is in, or the last one it finished ("after collect"). */
  stageLabel(tid: number): string | undefined {
    const now = this.stageOf(tid);
    if (now) return now;
    const last = this.lastStage[tid];
    return last ? `after ${last}` : undefined;
  }

  private lastStage: Record<number, string> = {};

  private runnable(tid: number): boolean {
    return this.eligible[tid] && this.t(tid).status === 'ready';
  }

  /** The next thread to run after `prev` blocked, finished or yielded. */
  pickNext(prev: number, yielded: boolean): number | undefined {
    const ready = this.order.filter((tid) => this.runnable(tid));
    if (yielded) return ready.find((tid) => tid !== prev) ?? (this.runnable(prev) ? prev : undefined);
    return ready[0];
  }

  /** Execute one statement of `tid` and check everything that must be checked after a step. */
  /** A function as the owner of pte maps (pte-maps.ts): its name, and whether it returns `pte_t *`. */
  private mapOwner(fn: number | undefined): MapOwner | undefined {
    if (fn === undefined) return undefined;
    const f = this.m.fn(fn);
    const ret = f.type.ret;
    return { name: f.name, returnsPte: ret.k === 'ptr' && ret.to.k === 'int' && ret.to.name === 'pte_t' };
  }

  /**
   * checkPteMaps after a statement of `th` that began `depth0` frames deep in function `fn0`. A
   * method of its own so that runOne makes no closure (and no context for one) per statement.
   */
  private checkMaps(tid: number, th: ThreadState, depth0: number, fn0: number | undefined): void {
    checkPteMaps(this.model, tid, depth0, th.frames.length, (d) => this.mapOwner(d === depth0 ? fn0 : th.frames[d - 1]?.fn));
  }

  /** Called before every statement any thread executes (the history records the schedule). */
  onStep?: (tid: number) => void;
  /** While replaying history: no events (stages were announced the first time round). */
  replaying = false;

  runOne(tid: number): { stop?: StopInfo; switched?: boolean } {
    this.onStep?.(tid);
    const isMain = tid === this.mainTid;
    const before = isMain && this.hasTriggers ? this.mainPos() : undefined;
    // The statement this step executes (where a violation it causes is reported).
    const th = this.t(tid);
    const depth0 = th.frames.length;
    // The function running this statement (it may return in it): who owns a pte map it makes.
    const fn0 = th.frames[depth0 - 1]?.fn;
    const beforeAny = this.m.atStmt(th)?.loc ?? th.frames[depth0 - 1]?.stmtLoc;
    const o = this.m.step(tid);
    if (this.m.state.threads.length > this.order.length) this.adoptForked();
    // A forked child that returned from its entry function exits with that value (user-tasks.ts).
    if (o.kind === 'done' && this.model.procs !== undefined) childEnded({ machine: this.m, model: this.model, budget: this.budget }, tid, o);
    let switched = false;
    if (isMain && o.kind === 'stmt' && this.hasTriggers && this.fireTriggers(before)) {
      // A thread starts at this point of main's run: main gives way to it.
      switched = true;
      this.preempted = true;
    }
    if (o.kind === 'fault') {
      this.ended = true;
      this.outcome = 'fault';
      return { stop: { reason: 'exception', tid, exceptionId: o.fault.kind, description: `${o.fault.message} (${o.fault.loc.file}:${o.fault.loc.line}:${o.fault.loc.column})` } };
    }
    if (o.kind === 'blocked' || o.kind === 'yield') {
      switched = true;
      // 'when-main-blocks' threads start the first time main sleeps or calls schedule().
      if (tid === this.mainTid) for (const x of this.order) if (this.start[x] === 'when-main-blocks') this.eligible[x] = true;
    } else if (o.kind === 'done') switched = true;
    // The stage can only change when main enters or leaves a function.
    if (isMain && th.frames.length !== depth0) {
      const s = this.stageOf(tid);
      if (s !== this.stages[tid]) {
        this.stages[tid] = s;
        // Announced when it differs from the last stage announced: a stage split over two
        // functions (finalize_and_map, then remove_migration_pte) is one stage.
        if (s && s !== this.lastStage[tid] && !this.replaying) this.events.stage?.(s, tid);
        if (s) this.lastStage[tid] = s;
      }
    }
    // pte tables mapped by this statement belong to its frame; a frame that returned with one is a finding.
    if (this.model.pteMaps?.[tid] && !pteMapsSettled(this.model, tid, th.frames.length)) this.checkMaps(tid, th, depth0, fn0);
    if (this.fullChecks) this.model.touchedAll = true;
    const found = checkInvariants(this.model);
    const fresh = !found.length ? found : found.filter((v) => {
      const key = `${v.invariant}\0${v.message}`;
      if (this.seenViolations.has(key)) return false;
      this.seenViolations.add(key);
      return true;
    });
    if (fresh.length) {
      const at = beforeAny !== undefined && beforeAny >= 0 ? this.m.loc(beforeAny) : undefined;
      const atView = at ? { file: at.file, line: at.line, column: at.column } : undefined;
      for (let i = 0; i < fresh.length; i++) if (atView && !fresh[i].at) fresh[i] = { ...fresh[i], at: atView };
      const first = !this.violations.length;
      if (!this.violationAt && before) {
        const l = this.m.loc(before.stmt);
        this.violationAt = { file: l.file, line: l.line, column: l.column };
      } else if (!this.violationAt && beforeAny) {
        const l = this.m.loc(beforeAny);
        this.violationAt = { file: l.file, line: l.line, column: l.column };
      }
      this.violations.push(...fresh);
      if (this.outcome === 'completed') this.outcome = 'violation';
      if (first && this.onFirstViolation) this.verdictMoment = this.onFirstViolation();
      if (this.exceptionFilters.has('invariants')) {
        // Shown on the statement that broke it (the thread is still in the same frame), not
        // on the next one the thread rests on.
        const names = beforeAny !== undefined ? this.m.program.stmtInfo[beforeAny]?.natives : undefined;
        const culprit = at && th.frames.length === depth0 && th.status !== 'done'
          ? { tid, steps: this.m.state.steps, file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, ...(names?.length ? { calls: [...names] } : {}) }
          : undefined;
        this.culprit = culprit;
        const by = at ? `\n${culpritText({ ...at, ...(names?.length ? { calls: names } : {}) })}` : '';
        return {
          stop: { reason: 'exception', tid, exceptionId: fresh[0].invariant, description: fresh.map((v) => `${v.invariant}: ${v.message}`).join('\n') + by, ...(at ? { at: { file: at.file, line: at.line, column: at.column } } : {}) },
          switched,
        };
      }
    }
    // Data breakpoints (watchpoints.ts) and stops inside natives (native-frames.ts).
    if (this.afterStep !== undefined && !this.replaying) {
      const hit = this.afterStep(tid, beforeAny, depth0);
      if (hit) return { stop: hit, switched };
    }
    if (o.kind === 'native') return { stop: { reason: o.reason as StopInfo['reason'], tid }, switched };
    if (this.m.state.steps >= this.budget) {
      this.ended = true;
      this.outcome = 'budget';
      const loc = this.m.currentLoc(this.t(tid));
      return { stop: { reason: 'exception', tid, exceptionId: 'step-budget', description: `step budget of ${this.budget} statements exhausted (a runaway loop?) at ${loc.file}:${loc.line}` } };
    }
    if (o.kind === 'done' && this.order.every((x) => ['done', 'faulted'].includes(this.t(x).status))) {
      this.ended = true;
      const leaks = this.quiesce();
      if (leaks && this.exceptionFilters.has('invariants')) return { stop: leaks, switched };
    }
    return switched ? SWITCHED : NOT_SWITCHED;
  }

  /** When every thread has finished: nothing may be left locked, isolated or referenced. */
  private quiesce(): StopInfo | undefined {
    if (this.quiesced || this.outcome === 'fault') return undefined;
    this.quiesced = true;
    const leaks = checkQuiescent(this.model);
    if (!leaks.length) return undefined;
    this.violations.push(...leaks);
    if (this.outcome === 'completed') this.outcome = 'violation';
    return {
      reason: 'exception',
      tid: this.mainTid,
      exceptionId: 'leak',
      description: leaks.map((v) => `${v.invariant}: ${v.message}`).join('\n'),
      ended: true,
    };
  }

  private deadlock(): StopInfo {
    this.ended = true;
    this.outcome = this.outcome === 'completed' ? 'deadlock' : this.outcome;
    const waits = this.order
      .map((x) => this.t(x))
      .filter((t) => t.status === 'blocked')
      .map((t) => `${t.name} waits in ${t.blockedReason}`);
    return { reason: 'exception', tid: this.mainTid, exceptionId: 'deadlock', description: `deadlock: no thread can run (${waits.join('; ')})` };
  }

  private endStop(): StopInfo {
    this.ended = true;
    return { reason: 'end', tid: this.mainTid, ended: true };
  }

  /** Would `tid`, where it rests now, stop at a breakpoint? (for reverse continue) */
  stopsAt(tid: number): StopInfo | undefined {
    const bp = this.breakpointAt(tid);
    const other = this.extraStopAt?.(tid);
    return bp ?? other;
  }

  /** After each statement run live: a data breakpoint's stop, if one hits (watchpoints.ts). */
  afterStep?: (tid: number, stmtLoc: number | undefined, depth0: number) => StopInfo | undefined;
  /** For reverse continue, after each replayed statement: stops besides breakpoints. */
  extraStopAt?: (tid: number) => StopInfo | undefined;

  private breakpointAt(tid: number, entryOnly = false): StopInfo | undefined {
    const t = this.t(tid);
    if (t.status !== 'ready') return undefined;
    const insn = this.m.atStmt(t);
    if (!insn) return undefined;
    const fr = t.frames[t.frames.length - 1];
    const hit = this.bps.hit(tid, this.m.loc(insn.loc), insn.loc, this.m.fn(fr.fn).name, fr.stmtLoc === -1, entryOnly);
    return hit ? { reason: hit, tid } : undefined;
  }

  /** Run threads until a breakpoint (if `respect`), an exception, the end, or `limit` steps. */
  run(respect: boolean, limit = Infinity): StopInfo {
    for (let n = 0; ; n++) {
      if (this.ended) return this.endStop();
      if (n >= limit) return { reason: 'pause', tid: this.current, incomplete: true };
      let tid = this.current;
      if (!this.runnable(tid)) {
        const next = this.pickNext(tid, false);
        if (next === undefined) return this.order.some((x) => this.t(x).status === 'blocked') ? this.deadlock() : this.endStop();
        tid = this.current = next;
      }
      const r = this.runOne(tid);
      if (r.stop) return r.stop;
      if (r.switched) {
        const yielded = this.t(tid).status === 'ready';
        this.preempted = false;
        const next = this.pickNext(tid, yielded);
        if (next !== undefined) this.current = next;
      }
      if (respect) {
        const bp = this.breakpointAt(tid);
        if (bp) return bp;
      }
    }
  }

  /**
   * A step that gave control back after its statement allowance (step with a limit): resumeStep
   * goes on with it. Transient: not part of the snapshot state.
   */
  private pendingStep?: { tid: number; kind: Kind | 'run'; single: boolean; depth0: number; granularity: Granularity; start?: LineStart };

  /** Go on with a step that returned `incomplete` (or report a pause when there is none). */
  resumeStep(limit = Infinity): StopInfo {
    const p = this.pendingStep;
    this.pendingStep = undefined;
    if (!p) return { reason: 'pause', tid: this.focus };
    if (p.kind === 'run') return this.resumeRun(limit);
    return this.step(p.tid, p.kind, p.single, limit, p.depth0, p.granularity, p.start);
  }

  private resumeRun(limit: number): StopInfo {
    const stop = this.run(true, limit);
    if (stop.incomplete) this.pendingStep = { tid: this.focus, kind: 'run', single: false, depth0: 0, granularity: 'statement' };
    return stop;
  }

  /** Where a line step of `tid` starts (its frame depth, file and line). */
  private lineStart(tid: number): LineStart | undefined {
    const t = this.t(tid);
    const insn = this.m.atStmt(t);
    if (!insn) return undefined;
    const l = this.m.loc(insn.loc);
    return { depth: t.frames.length, file: l.file, line: l.line, seen: [insn.loc] };
  }

  /**
   * Step `tid` into calls (in), over calls (over) or out of its frame (out): by source line
   * (the default), or by statement (`granularity` 'statement' / 'instruction'). With `limit`,
   * returns an `incomplete` stop after about that many statements (resumeStep goes on).
   */
  step(tid: number, kind: Kind, single: boolean, limit = Infinity, resumeDepth?: number, granularity: Granularity = 'statement', resumeStart?: LineStart): StopInfo {
    this.pendingStep = undefined;
    if (this.ended) return this.endStop();
    this.focus = tid;
    if (resumeDepth === undefined && this.culpritFor(tid) && kind !== 'out') {
      // Stopped on the statement that broke an invariant (already run): the step moves on to
      // where the thread really rests, the next statement, without running anything.
      this.leftCulprit = this.culprit;
      this.culprit = undefined;
      this.current = tid;
      return { reason: 'step', tid };
    }
    this.culprit = undefined;
    const depth0 = resumeDepth ?? this.t(tid).frames.length;
    const byLine = granularity === 'line' && kind !== 'out';
    const start = resumeStart ?? (byLine ? this.lineStart(tid) : undefined);
    const stopAt = this.m.state.steps + limit;
    const later = (): StopInfo => {
      this.pendingStep = { tid, kind, single, depth0, granularity, ...(start ? { start } : {}) };
      return { reason: 'pause', tid, incomplete: true };
    };
    for (let guard = 0; ; guard++) {
      if (this.ended) return this.endStop();
      if (this.m.state.steps >= stopAt) return later();
      const t = this.t(tid);
      // Stepping a thread that has finished lets the others run on (as continue would).
      if (t.status === 'done') return this.resumeRun(stopAt - this.m.state.steps);
      if (!this.runnable(tid)) {
        if (single) return { reason: 'step', tid, description: `${t.name} is ${t.status === 'blocked' ? `blocked in ${t.blockedReason}` : 'not runnable'}` };
        const other = this.pickNext(tid, true);
        if (other === undefined || other === tid) return this.deadlock();
        const stop = this.runOthers(tid, stopAt);
        if (stop) return stop.incomplete ? later() : stop;
        continue;
      }
      const r = this.runOne(tid);
      if (r.stop) return r.stop;
      const after = this.t(tid);
      if (after.status === 'done') return this.ended ? this.endStop() : this.resumeRun(Math.max(1, stopAt - this.m.state.steps));
      if (this.preempted && single) this.preempted = false;
      if (after.status === 'blocked' || (after.status === 'ready' && r.switched)) {
        this.preempted = false;
        if (single) return { reason: 'step', tid, description: after.status === 'blocked' ? `${after.name} is blocked in ${after.blockedReason}` : `${after.name} called schedule()` };
        const stop = this.runOthers(tid, stopAt);
        if (stop) return stop.incomplete ? later() : stop;
        if (after.status === 'ready' && !this.m.atStmt(after)) continue;
      }
      const insn = this.m.atStmt(after);
      if (!insn) continue;
      const depth = after.frames.length;
      let done: boolean;
      if (start) {
        const l = this.m.loc(insn.loc);
        done = lineStepDone(start, depth, insn.loc, l.file, l.line, kind === 'over');
      } else done = kind === 'in' || (kind === 'over' && depth <= depth0) || (kind === 'out' && depth < depth0);
      if (done) {
        this.current = tid;
        return { reason: 'step', tid };
      }
      const bp = this.breakpointAt(tid);
      if (bp) return bp;
      if (guard > this.budget) return this.endStop();
    }
  }

  /** While `tid` sleeps or has yielded, run the other threads until it can go on. */
  private runOthers(tid: number, stopAt = Infinity): StopInfo | undefined {
    let yielded = this.t(tid).status === 'ready';
    for (;;) {
      if (this.ended) return this.endStop();
      if (this.m.state.steps >= stopAt) return { reason: 'pause', tid, incomplete: true };
      const other = this.order.find((x) => x !== tid && this.runnable(x));
      if (other === undefined) {
        if (this.runnable(tid)) return undefined;
        return this.deadlock();
      }
      const r = this.runOne(other);
      if (r.stop) return r.stop;
      const bp = this.breakpointAt(other);
      if (bp) return bp;
      if (r.switched) {
        if (this.runnable(tid) && (yielded || this.t(other).status !== 'ready')) {
          yielded = false;
          return undefined;
        }
      }
      if (!yielded && this.runnable(tid)) return undefined;
    }
  }

  result(): Omit<RunResult, 'expectations' | 'passed' | 'output'> {
    const main = this.t(this.mainTid);
    const fault = this.order.map((x) => this.t(x).fault).find((f) => f);
    const out: Omit<RunResult, 'expectations' | 'passed' | 'output'> = { outcome: this.outcome, steps: this.m.state.steps };
    // The return value was already converted to the entry function's return type.
    if (main.status === 'done' && typeof main.ret === 'bigint') out.returned = main.ret.toString();
    if (fault) out.fault = { kind: fault.kind, message: fault.message, file: fault.loc.file, line: fault.loc.line, column: fault.loc.column };
    const v = this.violations[0];
    if (v) out.violation = { invariant: v.invariant, message: v.message, ...(this.violationAt ?? { file: '', line: 0, column: 0 }) };
    return out;
  }
}
