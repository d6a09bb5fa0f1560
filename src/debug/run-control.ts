// The adapter's hold on the current Simulation: loading it (again, on restart), running one
// operation at a time and turning where it stopped into DAP events — `stopped` with the state
// panel's `mmstepState` after it, thread start/exit, and at the end the verdict, `exited`
// (0 when the scenario's expectations held) and `terminated`. The session only dispatches.
// Runs (continue, and steps that may run long) go in time slices of SLICE_MS, each followed by a
// turn of the event loop, so pause, disconnect and other requests are answered while C runs.
// A C data breakpoint the run removed (its frame returned) is announced with the stop.

import {
  BreakpointEvent,
  Event,
  ExitedEvent,
  OutputEvent,
  StoppedEvent,
  TerminatedEvent,
  ThreadEvent,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { StateView } from '../protocol/state';
import type { FileAccess, SimEvents, SimulationApi, StopInfo } from '../sim/types';
import type { BreakpointStore } from './breakpoints';
import { defaultExceptionFilterIds } from './capabilities';
import { ClientCoordinates, dapStopReason, stopText } from './convert';
import { realSim } from './data-breakpoints';
import { describeLoadFailure, diagnosticsOf, formatRunSummary, isInternal } from './messages';

/** Creates the Simulation for a scenario (Simulation.load in the product). */
export type SimulationLoader = (
  scenario: string,
  files: FileAccess,
  events: SimEvents,
  opts?: LoadOptions,
) => Promise<SimulationApi>;

/** What a launch adds to the scenario: a kernel tree overriding its kernel_tree. */
export interface LoadOptions {
  kernelTree?: string;
  /** Instead of a scenario: this test of kernelTree's hmm-tests.c (src/sim/selftest-session.ts). */
  selftest?: string;
}

/** Name of the custom event and request carrying the state panel's data: body `{ state: StateView }`. */
export const STATE_EVENT = 'mmstepState';

/**
 * Custom event after every load: body `{ scenario, diagnostics }`, the problems that stopped it
 * (Diagnostic of src/sim/types.ts, with `related` places) or [] when it loaded, for the Problems panel.
 */
export const DIAGNOSTICS_EVENT = 'mmstepDiagnostics';

export type LoadOutcome = { ok: true } | { ok: false; message: string } | { ok: 'superseded' };

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class RunControl {
  sim: SimulationApi | undefined;
  /** True once the run is over (or the session was terminated); stepping is refused. */
  ended = false;
  lastStop: StopInfo | undefined;
  exceptionFilters = defaultExceptionFilterIds();
  /** Bumped on every (re)load so output and work for an older simulation are dropped. */
  private generation = 0;
  private lastState: StateView | undefined;
  private knownThreads = new Set<number>();

  constructor(
    private readonly send: (e: DebugProtocol.Event) => void,
    private readonly files: FileAccess,
    private readonly loader: SimulationLoader,
    private readonly breakpoints: BreakpointStore,
    private readonly cc: ClientCoordinates,
  ) {}

  /** Loads `scenario` and makes it current; an older load still in flight is superseded. */
  async load(scenario: string, opts: LoadOptions = {}): Promise<LoadOutcome> {
    const gen = ++this.generation;
    const events: SimEvents = {
      output: (category, text) => {
        if (gen === this.generation) this.send(new OutputEvent(text, category));
      },
      stage: (name) => {
        if (gen === this.generation) this.send(new OutputEvent(`== stage: ${name}\n`, 'console'));
      },
    };
    let sim: SimulationApi;
    try {
      sim = await this.loader(scenario, this.files, events, opts);
    } catch (e) {
      if (gen !== this.generation) return { ok: 'superseded' };
      this.send(new Event(DIAGNOSTICS_EVENT, { scenario, diagnostics: diagnosticsOf(e) ?? [] }));
      if (isInternal(e)) {
        const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
        this.send(new OutputEvent(`mmstep: internal error while loading ${scenario}: ${detail}\n`, 'stderr'));
      }
      return { ok: false, message: describeLoadFailure(scenario, e) };
    }
    if (gen !== this.generation) return { ok: 'superseded' };
    this.send(new Event(DIAGNOSTICS_EVENT, { scenario, diagnostics: [] }));
    this.install(sim);
    return { ok: true };
  }

  /** Identifies the current load, to drop work scheduled for an older one. */
  current(): number {
    return this.generation;
  }

  private install(sim: SimulationApi): void {
    this.sim = sim;
    this.ended = false;
    this.running = false;
    this.lastStop = undefined;
    this.lastState = undefined;
    sim.setExceptionFilters(this.exceptionFilters);
    // Breakpoints sent before the load, or kept across a restart, are verified again.
    for (const bp of this.breakpoints.reapply(sim, this.cc)) this.send(new BreakpointEvent('changed', bp));
    this.syncThreads();
  }

  /** Starts the run: stop on entry, or run to the first breakpoint / exception / the end. */
  begin(stopOnEntry: boolean): void {
    const sim = this.sim;
    if (!sim) return;
    if (stopOnEntry) this.reportStop({ reason: 'entry', tid: this.mainThreadId() });
    else this.runResumable((n) => sim.continue(n));
  }

  /** Statements per call of a resumable operation (the clock is read between calls). */
  static readonly CHUNK = 1000;
  /** Longest stretch of simulation before the event loop gets a turn (pause must be heard). */
  static readonly SLICE_MS = 10;
  private pauseRequested = false;
  private running = false;

  /** A continue or a long step is in progress (other run requests are refused meanwhile). */
  isRunning(): boolean {
    return this.running;
  }

  /**
   * Runs an operation that may stop early with `incomplete`, continuing it in slices of about
   * SLICE_MS on later turns of the event loop until it really stops, or until a pause arrives.
   */
  runResumable(op: (maxSteps: number) => StopInfo): void {
    const gen = this.generation;
    this.running = true;
    this.pauseRequested = false;
    let lastTid = this.focusThreadId();
    const chunk = (): void => {
      if (gen !== this.generation || this.ended) {
        this.running = false;
        return;
      }
      if (this.pauseRequested) {
        // Heard between two slices: stop where the last one left off.
        this.running = false;
        this.pauseRequested = false;
        this.reportStop({ reason: 'pause', tid: lastTid });
        return;
      }
      let stop: StopInfo;
      const t0 = performance.now();
      try {
        do stop = op(RunControl.CHUNK);
        while (stop.incomplete && performance.now() - t0 < RunControl.SLICE_MS);
      } catch (e) {
        stop = this.internalStop(e);
      }
      lastTid = stop.tid;
      if (stop.incomplete && !this.pauseRequested) {
        setImmediate(chunk);
        return;
      }
      this.running = false;
      this.pauseRequested = false;
      this.reportStop(stop.incomplete ? { reason: 'pause', tid: stop.tid } : stop);
    };
    chunk();
  }

  /** A pause request: stops a chunked run at its next chunk, or reports a pause right away. */
  pause(tid: number): void {
    if (this.running) this.pauseRequested = true;
    else this.reportStop({ reason: 'pause', tid });
  }

  /** Ends the session early (terminate request; disconnect without the event). */
  terminate(announce = true): void {
    this.generation++;
    this.running = false;
    if (this.ended) return;
    this.ended = true;
    if (announce) this.send(new TerminatedEvent());
  }

  /** Runs one Simulation operation and reports where it stopped; never lets an exception out. */
  run(op: () => StopInfo): void {
    let stop: StopInfo;
    try {
      stop = op();
    } catch (e) {
      stop = this.internalStop(e);
    }
    this.reportStop(stop);
  }

  /**
   * An exception out of the simulation becomes an exception stop. A JavaScript runtime error (a
   * bug) is described as an internal error; its text and stack go to the debug console only.
   */
  private internalStop(e: unknown): StopInfo {
    const bug = isInternal(e);
    const detail = bug && e instanceof Error ? (e.stack ?? e.message) : errorText(e);
    this.send(new OutputEvent(`mmstep: internal error in the simulation: ${detail}\n`, 'stderr'));
    const description = bug ? 'internal error in mmstep (details in the debug console)' : errorText(e);
    return { reason: 'exception', tid: this.focusThreadId(), exceptionId: 'internal', description };
  }

  reportStop(stop: StopInfo): void {
    this.syncThreads();
    this.announceExpired();
    if (stop.reason === 'end' || stop.ended) {
      this.finish();
      return;
    }
    this.lastStop = stop;
    const ev = new StoppedEvent(dapStopReason(stop), stop.tid, stopText(stop)) as DebugProtocol.StoppedEvent;
    ev.body.allThreadsStopped = true;
    if ((stop.reason === 'exception' || stop.reason === 'data breakpoint') && stop.description) ev.body.description = stop.description;
    this.send(ev);
    this.sendState();
  }

  /**
   * C data breakpoints the run removed (their frame returned, or going back left it): said in
   * the debug console, as gdb says it, and a breakpoint event so the client shows them unverified.
   */
  private announceExpired(): void {
    const gone = realSim(this.sim)?.watchpoints.takeExpired() ?? [];
    for (const w of gone) {
      this.send(new OutputEvent(`mmstep: data breakpoint ${w.id} deleted: ${w.message}\n`, 'console'));
      const bp: DebugProtocol.Breakpoint = { id: w.id, verified: false, message: w.message };
      this.send(new BreakpointEvent('changed', bp));
    }
  }

  private finish(): void {
    const sim = this.sim;
    if (!sim || this.ended) return;
    this.ended = true;
    let code = 1;
    try {
      const result = sim.result();
      code = result.passed ? 0 : 1;
      this.send(new OutputEvent(formatRunSummary(result), 'console'));
    } catch (e) {
      this.send(new OutputEvent(`mmstep: cannot compute the result: ${errorText(e)}\n`, 'stderr'));
    }
    this.sendState();
    this.send(new ExitedEvent(code));
    this.send(new TerminatedEvent());
  }

  /** Builds the stop's state view again and sends it (also after the debugger changed a value: session.ts). */
  sendState(): void {
    const state = this.freshState();
    if (state) this.send(new Event(STATE_EVENT, { state }));
  }

  private freshState(): StateView | undefined {
    if (!this.sim) return undefined;
    try {
      this.lastState = this.sim.stateView(this.focusThreadId());
    } catch (e) {
      this.send(new OutputEvent(`mmstep: cannot build the state view: ${errorText(e)}\n`, 'stderr'));
    }
    return this.lastState;
  }

  /** The state as of the last stop (what the last `mmstepState` event carried). */
  state(): StateView | undefined {
    return this.lastState ?? this.freshState();
  }

  mainThreadId(): number {
    const ts = this.sim?.threads() ?? [];
    return ts.length > 0 ? ts[0].id : 1;
  }

  focusThreadId(): number {
    return this.lastStop?.tid ?? this.mainThreadId();
  }

  /** Tells the client about threads that appeared or went away since the last look. */
  private syncThreads(): void {
    if (!this.sim) return;
    let ids: number[];
    try {
      ids = this.sim.threads().map((t) => t.id);
    } catch {
      return;
    }
    const now = new Set(ids);
    for (const id of this.knownThreads) if (!now.has(id)) this.send(new ThreadEvent('exited', id));
    for (const id of now) if (!this.knownThreads.has(id)) this.send(new ThreadEvent('started', id));
    this.knownThreads = now;
  }
}
