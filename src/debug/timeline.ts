// The adapter's side of the timeline (issue 10): custom requests to move the debugger to any step
// of the run (`mmstepGotoStep`: exact, by time travel; past the furthest step, a bounded and
// pausable run forward), to see another step without moving (`mmstepStateAt`, for "compare with
// step N"), to draw the strip (`mmstepTimeline`: stages and marks) and to find where a PTE or a
// page, a TLB entry, a lock or a C variable got its value (`mmstepLastWrite`). Change marks come
// from the run's change log (sim/change-log.ts, attached when the run begins), one per statement
// that changed model state, aggregated per strip column for long runs; breakpoint and violation
// marks and stages are collected by watching the events the session sends (stops, stage
// announcements, state messages), so run control needs no changes.

import { ContinuedEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { TimelineMark, TimelineStage, TimelineView } from '../protocol/timeline';
import type { StateView } from '../protocol/state';
import type { Simulation } from '../sim/simulation';
import { ChangeLog } from '../sim/change-log';
import { lastWrite, stateAt } from '../sim/timeline';
import type { SimulationApi, StopInfo } from '../sim/types';
import { STATE_EVENT, type RunControl } from './run-control';

export const GOTO_STEP_REQUEST = 'mmstepGotoStep';
export const STATE_AT_REQUEST = 'mmstepStateAt';
export const TIMELINE_REQUEST = 'mmstepTimeline';
export const LAST_WRITE_REQUEST = 'mmstepLastWrite';
export const TIMELINE_REQUESTS = [GOTO_STEP_REQUEST, STATE_AT_REQUEST, TIMELINE_REQUEST, LAST_WRITE_REQUEST];

/** How far past the furthest executed step a goto may run forward. */
export const MAX_FORWARD_STEPS = 5_000_000;
/** Stop marks kept (the oldest go first: a long session stays bounded). */
const MAX_MARKS = 5000;
/** Change marks sent at most: one per column of the strip (render-timeline.ts STRIP_WIDTH). */
export const CHANGE_BUCKETS = 1000;

/** The real Simulation behind the API (the timeline needs its history); a test double has none. */
function simulationOf(sim: SimulationApi | undefined): Simulation | undefined {
  const s = sim as Partial<Simulation> | undefined;
  return s && s.history && s.sched ? (sim as Simulation) : undefined;
}

const STAGE_LINE = /^== stage: (.+)\n?$/;

/** What a request answers: the response body, and what to run once the response is sent. */
export interface TimelineAnswer {
  body?: unknown;
  then?: () => void;
}

export class TimelineRequests {
  private sim: SimulationApi | undefined;
  private stages: TimelineStage[] = [];
  private marks: TimelineMark[] = [];
  private lastReason: string | undefined;
  /** The next `stopped` event is a goto's: its reason becomes 'goto' (DAP allows any reason). */
  private gotoStop = false;

  /** `send` puts an event on the wire (the session's sendEvent). */
  constructor(
    private readonly rc: RunControl,
    private readonly send: (e: DebugProtocol.Event) => void = () => undefined,
  ) {}

  /**
   * The client did not ask to run (a custom request): it is told the program continued, so it
   * drops what it kept of the last stop (VS Code shows the first stop since the last continue).
   */
  private continued(tid: number): void {
    this.send(new ContinuedEvent(tid, true));
  }

  private sync(): Simulation | undefined {
    if (this.rc.sim !== this.sim) {
      this.sim = this.rc.sim;
      this.stages = [];
      this.marks = [];
      this.lastReason = undefined;
      const sim = simulationOf(this.sim);
      // The change log records from here on: before the run begins, it sees every statement.
      if (sim) ChangeLog.attach(sim);
    }
    return simulationOf(this.sim);
  }

  /** A run is about to begin (session.ts): start recording its changes. */
  attach(): void {
    try {
      this.sync();
    } catch {
      // The timeline is a view: it never keeps a run from starting.
    }
  }

  /** Sees every event the session sends (called before it goes out). */
  observe(e: DebugProtocol.Event): void {
    try {
      const sim = this.sync();
      if (!sim?.history) return;
      const h = sim.history;
      if (e.event === 'output') {
        const m = STAGE_LINE.exec(String((e.body as { output?: unknown })?.output ?? ''));
        if (!m) return;
        // Announced while the statement that entered it runs: the state after it is in the stage.
        const step = h.position;
        this.stages = this.stages.filter((s) => s.step < step);
        this.stages.push({ step, name: m[1] });
      } else if (e.event === 'stopped') {
        if (this.gotoStop) (e.body as { reason: string }).reason = 'goto';
        this.gotoStop = false;
        this.lastReason = String((e.body as { reason?: unknown })?.reason ?? '');
      } else if (e.event === STATE_EVENT) {
        const state = (e.body as { state?: StateView })?.state;
        if (state) this.recordStop(h.position, h.recorded, state);
      }
    } catch {
      // The timeline is a view: it never disturbs the session.
    }
  }

  private recordStop(step: number, recorded: number, state: StateView): void {
    // A run that went another way after a step back: marks past its end are of another run.
    this.marks = this.marks.filter((m) => m.step <= recorded);
    this.stages = this.stages.filter((s) => s.step <= recorded);
    const reason = this.lastReason ?? '';
    const add = (kind: TimelineMark['kind'], label: string): void => {
      if (this.marks.some((m) => m.step === step && m.kind === kind)) return;
      this.marks.push({ step, kind, label: label.slice(0, 200) });
    };
    if (reason.includes('breakpoint')) add('breakpoint', reason);
    if (state.violations.length) add('violation', `⚠ ${state.violations.map((v) => v.invariant).join(', ')}`);
    else if (reason === 'exception') add('violation', `⚠ ${this.rc.lastStop?.exceptionId ?? 'exception'}`);
    this.marks.sort((a, b) => a.step - b.step);
    if (this.marks.length > MAX_MARKS) this.marks.splice(0, this.marks.length - MAX_MARKS);
    this.lastReason = undefined;
  }

  /** The strip as it is now. */
  view(): TimelineView {
    const sim = this.need();
    const h = sim.history!;
    const first: TimelineStage[] = this.stages.length && this.stages[0].step === 0 ? [] : [{ step: 0, name: 'start' }];
    const marks = [...this.marks, ...changeMarks(sim, h.recorded)].sort((a, b) => a.step - b.step || a.kind.localeCompare(b.kind));
    return { position: h.position, recorded: h.recorded, stages: [...first, ...this.stages], marks };
  }

  private need(): Simulation {
    const sim = this.sync();
    if (!this.rc.sim) throw new Error('mmstep: no scenario is loaded');
    if (!sim) throw new Error('mmstep: this simulation records no history; the timeline needs time travel');
    return sim;
  }

  private stopped(): Simulation {
    const sim = this.need();
    if (this.rc.ended) throw new Error('mmstep: the run has ended; restart to move along the timeline');
    if (this.rc.isRunning()) throw new Error('mmstep: the program is running; pause it first');
    return sim;
  }

  handles(command: string): boolean {
    return TIMELINE_REQUESTS.includes(command);
  }

  /** Answers one of TIMELINE_REQUESTS (arguments checked by validate.ts); throws a user message. */
  handle(command: string, raw: unknown): TimelineAnswer {
    const args = (raw && typeof raw === 'object' ? raw : {}) as { step?: number; key?: string };
    switch (command) {
      case TIMELINE_REQUEST:
        return { body: { timeline: this.view() } };
      case STATE_AT_REQUEST:
        return { body: { state: stateAt(this.stopped(), args.step as number) } };
      case LAST_WRITE_REQUEST:
        return { body: lastWrite(this.stopped(), String(args.key)) };
      case GOTO_STEP_REQUEST:
        return this.gotoStep(args.step as number);
      default:
        throw new Error(`mmstep: unknown request '${command}'`);
    }
  }

  /** A goto's stop: announced with reason 'goto'. */
  private arrived(stop: StopInfo): StopInfo {
    this.gotoStop = true;
    return stop;
  }

  private gotoStep(step: number): TimelineAnswer {
    const sim = this.stopped();
    const h = sim.history!;
    if (step > h.recorded + MAX_FORWARD_STEPS) {
      throw new Error(`mmstep: step ${step} is more than ${MAX_FORWARD_STEPS.toLocaleString('en-US')} statements past the furthest step executed (${h.recorded})`);
    }
    const tid = this.rc.focusThreadId();
    const focus = (): number => (sim.threads().some((t) => t.id === tid && t.status !== 'done') ? tid : sim.sched.mainTid);
    if (step <= h.recorded) {
      return {
        body: { step },
        then: () => {
          this.continued(tid);
          this.rc.run(() => this.arrived({ ...sim.gotoPosition(step), tid: focus() }));
        },
      };
    }
    // Past the furthest step: run forward by the default schedule, breakpoints ignored, in
    // slices (a pause is heard); a fault or a violation on the way stops there. A run that ends
    // before the step stops at its last statement (the session goes on; continue ends it).
    // Data breakpoints compare with the values now, not those a look at another step left.
    (sim as unknown as { watchpoints?: { rebase?: () => void } }).watchpoints?.rebase?.();
    return {
      body: { step },
      then: () => {
        this.continued(tid);
        this.rc.runResumable((n): StopInfo => {
          const left = step - h.position;
          if (left > 0) {
            const stop = sim.sched.run(false, Math.min(n, left));
            if (stop.reason === 'end' || stop.ended) {
              const last = h.position;
              sim.gotoPosition(last);
              return this.arrived({ reason: 'step', tid: focus(), description: `the run ends after step ${last}` });
            }
            if (!stop.incomplete || h.position < step) {
              if (stop.incomplete) return stop;
              sim.pause();
              return stop;
            }
          }
          sim.pause();
          return this.arrived({ reason: 'step', tid: focus() });
        });
      },
    };
  }
}

/** The change log as marks: one per statement that changed something, or one per strip column. */
export function changeMarks(sim: Simulation, recorded: number, buckets = CHANGE_BUCKETS): TimelineMark[] {
  const log = ChangeLog.of(sim);
  if (!log) return [];
  return log.buckets(recorded, buckets).map((b): TimelineMark => {
    const what = b.keys.length ? b.keys.join(', ') : b.kinds.join(', ');
    const label = b.count === 1 ? `Δ ${what}` : `Δ ${b.count} statements, steps ${b.step}–${b.end}: ${b.kinds.join(', ')} (${what}, …)`;
    return { step: b.step, kind: 'change', label: label.slice(0, 200), ...(b.count > 1 ? { end: b.end, count: b.count } : {}), kinds: b.kinds };
  });
}
