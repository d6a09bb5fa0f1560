// The Simulation: one scenario's model + interpreter + scheduler, behind the one API that the
// debugger, the CLI, the webview feed and the tests all use. Run control lives in
// scheduler.ts, breakpoints in breakpoints.ts, inspection (stack, scopes, variables, state
// view) in inspect.ts; this file wires them together.

import { Machine } from '../c/machine';
import { compileExpression, type CompiledExpression } from '../c/expression';
import { SimFault } from '../c/native';
import type { CType } from '../c/types';
import type { Value } from '../c/value';
import type { Program } from '../c/ir';
import type { ModelMemory, NativeTable } from '../c/native';
import { createModelMemory } from '../mm/memory';
import type { MmModel } from '../mm/state';
import { checkExpectations } from '../scenario/expect';
import type { Scenario } from '../scenario/types';
import type { StateView } from '../protocol/state';
import { restoreSnapshot, stateHash, takeSnapshot, type SimSnapshot } from './snapshot';
import { calledFunctions, describeModelChange, mayChangeState, SideEffectError, type EvalPurpose } from './side-effects';
import { resolveArgs } from './args';
import { Breakpoints, type LineBreakpointRequest } from './breakpoints';
import { History } from './history';
import { RunEditLog } from './run-edits';
import { formatValue } from './values';
import { Inspector } from './inspect';
import { allNatives, argError, loadScenario } from './load';
import { Scheduler } from './scheduler';
import { NativeFrames } from './native-frames';
import { Watchpoints } from './watchpoints';
import { StepTrail } from './reverse-step';
import { ReverseRun } from './reverse-run';
import { granularityOf } from './step-granularity';
import { verdictMoment, type VerdictMoment } from './verdict';
import { bindUserThread } from './user-program';
import type { SelftestTarget } from './selftest-session';
import { DEFAULT_SELFTEST_STEP_BUDGET } from './selftest';
import type {
  BreakpointInfo,
  FileAccess,
  FrameInfo,
  RunResult,
  ScopeInfo,
  SimEvents,
  SimulationApi,
  StopInfo,
  ThreadInfo,
  VariableInfo,
} from './types';

export interface SimulationOptions {
  /** Statements executed before the run is stopped as a runaway (default 2,000,000). */
  stepBudget?: number;
  /**
   * Record the schedule and periodic snapshots (every 500 statements, spaced out on long runs
   * to keep at most 200), for step back and reverse continue (the debugger turns it on; a
   * headless run does not need it).
   */
  timeTravel?: boolean;
  /** A kernel tree for the scenario's `tree:` sources, overriding its kernel_tree. */
  kernelTree?: string;
}

export class Simulation implements SimulationApi {
  readonly machine: Machine;
  readonly memory: ModelMemory;
  readonly breakpoints: Breakpoints;
  readonly sched: Scheduler;
  private readonly inspector: Inspector;

  private constructor(
    readonly scenarioPath: string,
    readonly scenario: Scenario,
    readonly model: MmModel,
    readonly program: Program,
    natives: NativeTable,
    readonly events: SimEvents,
    opts: SimulationOptions,
  ) {
    this.memory = createModelMemory(model);
    // A replay (step back, reverse continue) runs statements again: their output was shown
    // the first time round (as stages are), so it is recorded in the state but not sent again.
    const output = (text: string): void => {
      this.sched.output.push(text);
      if (!this.sched.replaying) events.output?.('stdout', text);
    };
    this.machine = new Machine(program, allNatives(natives, () => this.machine.state.mem), this.memory, {
      warn: (message) => {
        this.sched.output.push(message + '\n');
        if (!this.sched.replaying) events.output?.('console', message + '\n');
      },
      print: output,
    });
    this.breakpoints = new Breakpoints(program);
    this.breakpoints.evaluator = (tid, text) => {
      const t = this.machine.thread(tid);
      const r = this.evaluateIn(tid, t.frames.length - 1, text, 'condition');
      return { value: r.value, format: () => formatValue(this.memory, this.machine, r.value, r.type, text) };
    };
    this.breakpoints.clock = () => this.machine.state.steps;
    this.breakpoints.log = (text) => {
      this.sched.output.push(text);
      events.output?.('console', text);
    };
    this.sched = new Scheduler(this.machine, model, this.breakpoints, events, opts.stepBudget ?? 2_000_000);
    this.inspector = new Inspector(this);
  }

  static async load(scenarioPath: string, files: FileAccess, events: SimEvents = {}, opts: SimulationOptions = {}): Promise<Simulation> {
    const l = await loadScenario(scenarioPath, files, opts.kernelTree !== undefined ? { kernelTree: opts.kernelTree } : {});
    const sim = new Simulation(scenarioPath, l.scenario, l.model, l.program, l.natives, events, opts);
    sim.start(opts.timeTravel === true);
    return sim;
  }

  /**
   * One test of a kernel tree's hmm-tests.c (selftest-session.ts): the runner's program and
   * natives as a Simulation, its verdict the test's TAP result.
   */
  static async loadSelftest(target: SelftestTarget, files: FileAccess, events: SimEvents = {}, opts: SimulationOptions = {}): Promise<Simulation> {
    const { loadSelftestCase } = await import('./selftest-session');
    const l = await loadSelftestCase(target, files);
    const sim = new Simulation(l.scenario.path, l.scenario, l.model, l.program, l.natives, events, { stepBudget: DEFAULT_SELFTEST_STEP_BUDGET, ...opts });
    l.bindMemory(() => sim.machine.state.mem);
    sim.judge = l.judge;
    // The test's statements count from its first one: the module init (insmod) ran before.
    sim.start(opts.timeTravel === true, true);
    return sim;
  }

  /** A verdict of another kind than the scenario's expectations (a selftest's TAP result), once the run ended. */
  private judge?: (base: RunResult) => RunResult;

  /** `clockFromMain`: the 'first' threads' statements are before step 0 (a selftest's insmod). */
  private start(timeTravel: boolean, clockFromMain = false): void {
    const { scenario, machine, model, program } = this;
    const entryFn = program.functions[program.fnIndex[scenario.entry.function]];
    let args;
    try {
      args = resolveArgs(model, entryFn, scenario.entry.args);
    } catch (err) {
      throw argError(scenario, '/entry/args', err);
    }
    const main = machine.spawn('main', scenario.entry.function, args, 0);
    // entry.user_process: main is current in that process, its pointers are user addresses.
    if (scenario.entry.userProcess !== undefined) bindUserThread(model, main, scenario.entry.userProcess);
    this.sched.addThread(main, 'main');
    scenario.threads.forEach((t, i) => {
      const fn = program.functions[program.fnIndex[t.function]];
      let targs;
      try {
        targs = resolveArgs(model, fn, t.args);
      } catch (err) {
        throw argError(scenario, `/threads/${i}/args`, err);
      }
      const cpu = Math.min(i + 1, Math.max(0, model.cpus - 1));
      const tid = machine.spawn(t.name, t.function, targs, cpu);
      this.sched.addThread(tid, t.start);
    });
    // The expectations describe the first invariant violation when there is one (verdict.ts).
    this.sched.onFirstViolation = () => verdictMoment(this);
    this.sched.begin();
    if (clockFromMain) this.machine.state.steps = 0;
    if (timeTravel) {
      const h = new History(this);
      const trail = new StepTrail();
      this.history = h;
      this.trail = trail;
      this.sched.onStep = (tid) => {
        // Going on from a stop inside a native is the same statement (native-frames.ts).
        if (!this.natives.startsStatement(tid)) return;
        // Run live from an earlier position: the edits after it go with the future (run-edits.ts).
        if (!this.sched.replaying && h.position < h.recorded) this.runEdits.truncate(h.position);
        h.record(tid);
        if (!this.sched.replaying) trail.record(this.machine, h.position - 1, tid);
      };
    }
  }

  /** Frame depths and statements of the run, for step back (reverse-step.ts). */
  trail?: StepTrail;
  /** Step back and reverse continue. */
  readonly reverse = new ReverseRun(this);

  history?: History;
  /** The debugger's edits of the run as plain data, for evidence (set-value.ts, run-edits.ts). */
  readonly runEdits = new RunEditLog();
  /** Stops inside native kernel functions, as frames of their own. */
  readonly natives = new NativeFrames(this);
  /** Data breakpoints. */
  readonly watchpoints = new Watchpoints(this);

  /** A C value as the Variables view shows it. */
  formatValue(v: Value, t: CType, name = ''): string {
    return formatValue(this.memory, this.machine, v, t, name);
  }

  private timeline(): History {
    if (!this.history) throw new Error('this simulation was loaded without time travel');
    return this.history;
  }

  /**
   * Back in time. By `granularity` 'line' (the debugger's default), the reverse of stepOver:
   * to where a `next` of `tid` would have started to get here (the calling line after a `next`
   * over a call); by 'statement', to its previous statement in the same or an outer frame;
   * otherwise ('instruction', or none: this API's default) to the previous statement `tid` ran,
   * in any frame (the reverse of stepIn by statement). It stops on the way where the forward
   * step would have stopped (a breakpoint inside a call stepped over): reverse-run.ts.
   */
  stepBack(tid: number, granularity?: string): StopInfo {
    this.timeline();
    return this.finish(this.reverse.stepBack(tid, granularity));
  }

  /**
   * Back to the latest earlier point where continue would have stopped (or the beginning of the
   * run). With `maxSteps`, returns `incomplete` after replaying that many statements; `resume`
   * goes on (reverse-run.ts).
   */
  reverseContinue(maxSteps?: number, resume = false): StopInfo {
    this.timeline();
    return this.finish(this.reverse.reverseContinue(maxSteps, resume));
  }

  /** Statements executed on the current timeline. */
  position(): number {
    return this.timeline().position;
  }

  /** To the state after `pos` statements of the current timeline ("run to step N"). */
  gotoPosition(pos: number): StopInfo {
    this.timeline().goto(pos);
    return this.finish({ reason: 'step', tid: this.sched.mainTid });
  }

  threads(): ThreadInfo[] {
    return this.sched.threadInfos();
  }

  /** One statement (this API's default; 'instruction' is the same) or, by `granularity` 'line', to the next line (the debugger's default). */
  stepIn(tid: number, singleThread = false, maxSteps?: number, granularity?: string): StopInfo {
    return this.finish(this.sched.step(tid, this.natives.stepKind(tid, 'in'), singleThread, maxSteps, undefined, granularityOf(granularity ?? 'statement')));
  }

  stepOver(tid: number, singleThread = false, maxSteps?: number, granularity?: string): StopInfo {
    return this.finish(this.sched.step(tid, this.natives.stepKind(tid, 'over'), singleThread, maxSteps, undefined, granularityOf(granularity ?? 'statement')));
  }

  stepOut(tid: number, singleThread = false, maxSteps?: number, granularity?: string): StopInfo {
    return this.finish(this.sched.step(tid, this.natives.stepKind(tid, 'out'), singleThread, maxSteps, undefined, granularityOf(granularity ?? 'statement')));
  }

  /** Go on with a step that returned `incomplete` (stepping with maxSteps). */
  resumeStep(maxSteps?: number): StopInfo {
    return this.finish(this.sched.resumeStep(maxSteps));
  }

  continue(maxSteps?: number): StopInfo {
    this.natives.begin(undefined, 'continue');
    return this.finish(this.sched.run(true, maxSteps));
  }

  pause(): StopInfo {
    return this.finish({ reason: 'pause', tid: this.sched.focus });
  }

  private finish(stop: StopInfo): StopInfo {
    this.inspector.invalidate();
    // A stop the debugger shows (not a slice of a longer run): the undo journal records again.
    if (!stop.incomplete) this.history?.settled();
    return stop;
  }

  setBreakpoints(file: string, lines: LineBreakpointRequest[]): BreakpointInfo[] {
    return this.breakpoints.setLines(file, lines);
  }

  setFunctionBreakpoints(names: string[]): { name: string; verified: boolean; message?: string }[] {
    return this.breakpoints.setFunctions(names, new Set(Object.keys(this.machine.natives)));
  }

  setExceptionFilters(ids: string[]): void {
    this.sched.exceptionFilters = new Set(ids);
  }

  stack(tid: number): FrameInfo[] {
    const frames = this.natives.withFrame(tid, this.inspector.stack(tid));
    // Stopped on an invariant violation: the top frame shows the statement that broke it.
    const c = this.sched.culpritFor(tid);
    if (c && frames[0] && !frames[0].native) {
      frames[0] = { ...frames[0], file: c.file, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn };
    }
    return frames;
  }

  scopes(frameId: number): ScopeInfo[] {
    const nt = this.natives.threadOfFrame(frameId);
    if (nt !== undefined) return this.natives.scopes(nt, this.inspector.scopes(nt * 10000));
    return this.inspector.scopes(frameId);
  }

  variables(ref: number, format?: { hex?: boolean }): VariableInfo[] {
    if (this.natives.owns(ref)) return this.natives.variables(ref);
    return this.inspector.variables(ref, format);
  }

  /**
   * A C expression's value in a frame of the stopped program (watch, hover, console). One that
   * would change the model or C memory is refused (SideEffectError) and leaves no trace.
   */
  evaluate(frameId: number, text: string, purpose?: EvalPurpose, format?: { hex?: boolean }): VariableInfo {
    // In a native's frame: its arguments by name, else C in the calling frame.
    const nt = this.natives.threadOfFrame(frameId);
    if (nt !== undefined) return this.natives.argument(nt, text) ?? this.inspector.evaluate(nt * 10000, text, purpose, format);
    return this.inspector.evaluate(frameId, text, purpose, format);
  }

  /** Is `ref` a variables reference of the current stop? */
  hasVariables(ref: number): boolean {
    if (this.natives.owns(ref)) return true;
    return this.inspector.hasNode(ref);
  }

  private compiled = new Map<string, CompiledExpression | { error: string }>();

  /**
   * Compile (once per function, line and text) and run an expression in thread `tid`'s frame.
   * Code that may write runs against a snapshot: if the state hash changed, the state is put
   * back and SideEffectError says what the expression did.
   */
  evaluateIn(tid: number, frameIndex: number, text: string, purpose?: EvalPurpose): { value: Value; type: CType } {
    const t = this.machine.thread(tid);
    const fr = t.frames[frameIndex];
    const line = this.machine.currentLoc(t, frameIndex).line;
    const key = `${fr.fn}:${line}:${text}`;
    let c = this.compiled.get(key);
    if (!c) {
      c = compileExpression(this.program, fr.fn, line, text);
      this.compiled.set(key, c);
    }
    if ('error' in c) throw new Error(c.error);
    const code = c;
    const run = (): { value: Value; type: CType } => {
      try {
        return { value: this.machine.evaluate(code.code, tid, frameIndex, code.nlocals), type: code.type };
      } catch (err) {
        if (err instanceof SimFault) throw new Error(`${err.kind}: ${err.message}`);
        throw err;
      }
    };
    if (!mayChangeState(code.code)) return run();
    const before = takeSnapshot(this);
    const h0 = stateHash(this);
    let out: { value: Value; type: CType } | undefined;
    let failure: unknown;
    try {
      out = run();
    } catch (err) {
      failure = err;
    }
    if (stateHash(this) !== h0) {
      let change: string;
      try {
        change = describeModelChange(before.model, this.model);
      } catch {
        change = 'changes the simulated state';
      }
      // Put back without invalidating the stop's variable handles (they read through the state).
      restoreSnapshot(this, before);
      throw new SideEffectError(text, change, calledFunctions(code.code), purpose);
    }
    // A warning an expression's call recorded (pte_dirty on a swap pte) is not the run's.
    if (before.model.pteWarnings) this.model.pteWarnings = before.model.pteWarnings;
    else delete this.model.pteWarnings;
    if (failure !== undefined) throw failure;
    return out!;
  }

  /** The state view; `focusTid` is the thread the debugger shows (the picture follows its `addr`). */
  stateView(focusTid?: number): StateView {
    const view = this.inspector.stateView(focusTid);
    // What each violation is about and the statement that broke it (for the state panel).
    view.violations.forEach((vv, i) => {
      const v = this.sched.violations[i];
      if (v?.culprits?.length) vv.culprits = [...v.culprits];
      if (v?.at) vv.at = { ...v.at };
    });
    // What the debugger set at this position (the panel marks it; a replay brings it back).
    const edited = this.history && this.runEdits.size ? this.runEdits.keysAt(this.history.position) : [];
    if (edited.length) view.edited = edited;
    else delete view.edited;
    return view;
  }

  /** The migration stage of the main thread (by `mmstep-stage` markers), or "after X". */
  stage(): string | undefined {
    return this.sched.stageLabel(this.sched.mainTid);
  }

  /**
   * The verdict. The expectations describe one moment of the run: the first invariant
   * violation when there is one (where a headless run stops — the debugger, continuing past it,
   * still judges that moment), else where the run is now (its end, for a finished run).
   */
  result(): RunResult {
    const r = this.sched.result();
    const output = this.sched.output.join('').split('\n').filter((l, i, a) => l || i < a.length - 1);
    const m = this.sched.verdictMoment as VerdictMoment | undefined;
    const expectations = m ? m.expectations : checkExpectations(this.scenario.expect, { result: { ...r, output }, view: this.stateView() });
    const passed = r.outcome !== 'budget' && expectations.every((e) => e.ok) && (this.sched.ended || r.outcome !== 'completed');
    const checkedAt: RunResult['checkedAt'] = m
      ? m.checkedAt
      : { moment: this.sched.ended ? 'end' : 'stop', step: this.machine.state.steps };
    const base = { ...r, expectations, passed, output, checkedAt };
    return this.judge && this.sched.ended ? this.judge(base) : base;
  }

  /**
   * The expectations as of now, even in the middle of a step (verdict.ts takes them at the
   * first violation): from a state view of its own, leaving the stop's view and handles alone.
   */
  expectationsNow(): RunResult['expectations'] {
    const r = this.sched.result();
    const output = this.sched.output.join('').split('\n').filter((l, i, a) => l || i < a.length - 1);
    return checkExpectations(this.scenario.expect, { result: { ...r, output }, view: new Inspector(this).stateView() });
  }

  /** A deep copy of the whole state; restoring it continues exactly as this run would. */
  snapshot(): SimSnapshot {
    return takeSnapshot(this);
  }

  restore(snap: SimSnapshot): void {
    restoreSnapshot(this, snap);
    this.natives.reset();
    this.inspector.invalidate();
  }

  /** Canonical hash of the interpreter and model state. */
  hash(): string {
    return stateHash(this);
  }

  runToEnd(): RunResult {
    this.finish(this.sched.run(false));
    return this.result();
  }
}
