// Natives as frames: while the debugger drives a run, the machine asks this gate at each native
// call's entry and exit whether to stop there (a function breakpoint on the native, a step in at
// the calling statement, a step from its entry). The thread then rests inside the native: its
// arguments (entry) or its effects and return value (exit) are visible, and the call stack shows
// the native as a frame of its own whose source is its contract (native-contracts.ts). Headless
// runs never install the gate (a native call costs one property check more); time travel's
// replays pass it by.
//
// A stop inside a native is part of its calling statement: the history records the statement
// once (the resumed part is not a new step), so step back from a native returns to the calling
// statement and replays never stop in natives.

import type { NativeStop, ThreadState } from '../c/machine';
import type { FnType } from '../c/types';
import { contractLine, contractOf } from './native-contracts';
import type { Simulation } from './simulation';
import type { FrameInfo, ScopeInfo, VariableInfo } from './types';
import { formatValue } from './values';

const FRAME_MUL = 10000;
/** Frame depth of a native frame in frame ids (the inspector uses 0.. and 9999). */
export const NATIVE_DEPTH = 9998;
/** FrameInfo.file of a native frame: the contract document of that native. */
export const NATIVE_DOC_PREFIX = 'mmstep-native:';
/** Variables references of a native frame's Arguments scope: base + thread id. */
export const NATIVE_REF_BASE = 0x30000000;

export type RunKind = 'in' | 'over' | 'out' | 'continue';

export class NativeFrames {
  /** Thread stepping in: it stops at the entry of the next native it calls. */
  private stepInTid?: number;
  /** Thread stepping from a native's entry: it stops at that native's exit. */
  private exitTid?: number;
  /** Thread whose last step ended in a stop inside a native (its resume is the same statement). */
  private pausedTid?: number;

  /**
   * Step in at a statement that calls a native stops at its entry. The debugger turns it on;
   * off, step in steps whole statements (the Simulation API's statement stepping).
   */
  enterOnStepIn = false;

  constructor(private readonly sim: Simulation) {}

  private readonly gate = (t: ThreadState, name: string, phase: 'entry' | 'exit'): string | undefined => {
    // Time travel replays the recorded statements whole.
    if (this.sim.sched.replaying) return undefined;
    let why: string | undefined;
    if (phase === 'entry') {
      if (this.stepInTid === t.id) {
        this.stepInTid = undefined;
        why = 'step';
      } else if (this.sim.breakpoints.hasNative(name)) why = 'function breakpoint';
    } else if (this.exitTid === t.id) {
      this.exitTid = undefined;
      why = 'step';
    }
    if (why !== undefined) this.pausedTid = t.id;
    return why;
  };

  /**
   * Before a run command of the debugger: arms the gate and says what the scheduler should do.
   * From a native's entry, step in / over go to its exit; step out (and anything from its exit)
   * finishes the calling statement.
   */
  begin(tid: number | undefined, kind: RunKind): RunKind {
    this.stepInTid = this.exitTid = undefined;
    this.sim.watchpoints.rebase();
    // A thread stopped inside a native is in the middle of a statement: it goes on first (the
    // history records a statement whole), silently when another thread is stepped.
    const paused = this.pausedTid;
    if (paused !== undefined && kind === 'continue') this.sim.sched.current = paused;
    else if (paused !== undefined && paused !== tid) {
      this.sim.machine.nativeGate = undefined;
      this.sim.sched.runOne(paused);
    }
    const at = tid !== undefined ? this.sim.machine.thread(tid)?.native : undefined;
    if (kind !== 'continue' && at) {
      if (at.phase === 'entry' && kind !== 'out') this.exitTid = tid;
      if (at.phase === 'exit' && kind === 'in' && this.enterOnStepIn) this.stepInTid = tid;
      kind = at.phase === 'exit' && kind === 'in' ? 'in' : 'over';
    } else if (kind === 'in' && this.enterOnStepIn) this.stepInTid = tid;
    this.sim.machine.nativeGate = this.gate;
    return kind;
  }

  /** begin() for a step: the scheduler's step kind. */
  stepKind(tid: number, kind: 'in' | 'over' | 'out'): 'in' | 'over' | 'out' {
    return this.begin(tid, kind) as 'in' | 'over' | 'out';
  }

  /** The state was put back (time travel): no step is half done. */
  reset(): void {
    this.pausedTid = undefined;
  }

  /** Called before each step: false when the step resumes a statement stopped inside a native. */
  startsStatement(tid: number): boolean {
    const resumed = this.pausedTid === tid;
    this.pausedTid = undefined;
    return !resumed;
  }

  /** Where the thread rests inside a native, if it does. */
  stopOf(tid: number): NativeStop | undefined {
    return this.sim.machine.thread(tid)?.native;
  }

  private type(name: string): FnType | undefined {
    const n = this.sim.program.natives;
    return Object.prototype.hasOwnProperty.call(n, name) ? n[name] : undefined;
  }

  /** The native's frame on top of `frames` (after a "[sleeping: ...]" pseudo-frame). */
  withFrame(tid: number, frames: FrameInfo[]): FrameInfo[] {
    const at = this.stopOf(tid);
    if (!at) return frames;
    const line = contractLine(at.name, this.type(at.name), at.phase);
    const frame: FrameInfo = {
      id: tid * FRAME_MUL + NATIVE_DEPTH,
      tid,
      name: at.name,
      file: NATIVE_DOC_PREFIX + at.name,
      line,
      column: 1,
      endLine: line,
      endColumn: 1,
      native: true,
    };
    const i = frames.findIndex((f) => !f.native);
    const out = frames.slice();
    out.splice(i < 0 ? 0 : i, 0, frame);
    return out;
  }

  /** Is `frameId` a native frame? Then its thread. */
  threadOfFrame(frameId: number): number | undefined {
    if (frameId % FRAME_MUL !== NATIVE_DEPTH) return undefined;
    const tid = Math.floor(frameId / FRAME_MUL);
    return this.stopOf(tid) ? tid : undefined;
  }

  /** The arguments (and at the exit the return value), as the native's locals. */
  locals(tid: number): VariableInfo[] {
    const at = this.stopOf(tid);
    if (!at) return [];
    const type = this.type(at.name);
    const c = contractOf(at.name, type);
    const sim = this.sim;
    const fmt = (v: unknown, t: FnType['ret'] | undefined, name: string): string => {
      try {
        return t ? formatValue(sim.memory, sim.machine, v as never, t, name) : String(v);
      } catch (err) {
        return `<${(err as Error).message}>`;
      }
    };
    const out: VariableInfo[] = at.args.map((v, i) => {
      const name = c.params[i] ?? `arg${i}`;
      const t = type?.params[i];
      return { name, value: fmt(v, t, name), ref: 0, ...(t ? {} : {}) };
    });
    if (at.phase === 'exit') {
      out.push({ name: '(return value)', value: at.ret === undefined ? 'void' : fmt(at.ret, type?.ret, 'ret'), ref: 0 });
    }
    return out;
  }

  /** Arguments first, then the model's scopes (as the caller's frame shows them). */
  scopes(tid: number, callerScopes: ScopeInfo[]): ScopeInfo[] {
    const at = this.stopOf(tid);
    const name = at?.phase === 'exit' ? 'Arguments and return value' : 'Arguments';
    return [{ name, ref: NATIVE_REF_BASE + tid, expensive: false }, ...callerScopes.filter((s) => s.name !== 'Locals')];
  }

  owns(ref: number): boolean {
    return ref > NATIVE_REF_BASE && ref < NATIVE_REF_BASE + FRAME_MUL && this.stopOf(ref - NATIVE_REF_BASE) !== undefined;
  }

  variables(ref: number): VariableInfo[] {
    return this.locals(ref - NATIVE_REF_BASE);
  }

  /** An argument's value by its name, for evaluate in the native frame. */
  argument(tid: number, text: string): VariableInfo | undefined {
    return this.locals(tid).find((v) => v.name === text.trim());
  }
}
