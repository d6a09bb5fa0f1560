// The interpreter's execution state as plain data: threads with their frames (function,
// pc, locals, operand stack), interpreter memory regions, the step counter. Nothing here is a
// class or a closure, so the whole state can be copied, restored and hashed.

import type { Regions } from './memory';
import type { FaultKind, SourceLoc } from './native';
import type { Value } from './value';

export interface Frame {
  fn: number;
  pc: number;
  vars: Value[];
  stack: Value[];
  regions: number[];
  /** Location of the statement being executed (the last STMT passed). */
  stmtLoc: number;
  /**
   * This frame is the kernel's page-fault handler run for a user access of the frame below
   * (user-access.ts): its return value is not pushed; the faulting instruction, whose pc the
   * caller still holds, runs again (0) or gets SIGSEGV (an error). `at` = its location index.
   * With `upcall`, the frame is C a native called (native.ts Upcall): its value is dropped and
   * the native's call runs again (addr and write are 0 then).
   */
  trap?: { addr: number; write: boolean; at: number; upcall?: string };
}

export type ThreadStatus = 'ready' | 'blocked' | 'done' | 'faulted';

export interface FaultInfo {
  kind: FaultKind;
  message: string;
  loc: SourceLoc;
}

export interface ThreadState {
  id: number;
  name: string;
  cpu: number;
  status: ThreadStatus;
  frames: Frame[];
  blockedOn?: string;
  blockedReason?: string;
  ret?: Value;
  fault?: FaultInfo;
  /**
   * Stopped inside a native kernel function (the debugger shows it as a frame of its own,
   * src/sim/native-frames.ts): at its entry (the call not yet made, its arguments still on the
   * operand stack) or at its exit (its effects done, `ret` its return value).
   */
  native?: NativeStop;
}

export interface NativeStop {
  name: string;
  phase: 'entry' | 'exit';
  args: Value[];
  ret?: Value;
  /** The call's location index (in Program.locs). */
  loc: number;
}

export interface MachineState {
  threads: ThreadState[];
  mem: Regions;
  nextRegion: number;
  /** Statements executed by all threads. */
  steps: number;
  /** WARN_ON_ONCE sites already reported (loc index → true). */
  warnedOnce: Record<number, true>;
  /** Interpreter bytes held by live C objects (see limits.ts); absent in old snapshots. */
  memBytes?: number;
}

export type StepOutcome =
  | { kind: 'stmt' }
  | { kind: 'blocked'; on: string; reason: string }
  | { kind: 'yield' }
  | { kind: 'done'; value?: Value }
  /** Paused at a native call's entry or exit because the native gate asked for it (reason). */
  | { kind: 'native'; reason: string }
  | { kind: 'fault'; fault: FaultInfo };

/**
 * Asked at a native call's entry and exit while a debugger wants to stop in natives; a reason
 * (e.g. 'function breakpoint') pauses the thread there, undefined runs on.
 */
export type NativeGate = (t: ThreadState, name: string, phase: 'entry' | 'exit') => string | undefined;

export interface MachineHooks {
  warn(message: string, loc: SourceLoc): void;
  print(text: string): void;
}

