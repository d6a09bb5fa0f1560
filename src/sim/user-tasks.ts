// Running the processes a user program forks and the threads it starts (issue 12 item 1) in a
// runner that steps one thread (`mmstep exec`, the selftest runner): while that thread sleeps
// (waitpid, pthread_join, a mutex), the other ready threads — forked children, pthreads — run,
// one statement at a time, lowest tid first, until it can go on. A pthread that returns from
// its start routine is done with that value (its joiner wakes; the debugger's scheduler calls
// childEnded too). A child that returns from its entry function exits with that value; one that gets
// SIGSEGV or SIGBUS is killed by it (its parent's waitpid sees WIFSIGNALED, WTERMSIG 11 or 7), as on Linux;
// any other fault of a child is the run's fault. Nothing is kept here between calls: every
// decision reads the machine's and the model's state, so a snapshot restored by a step
// callback (time travel) simply goes on from the restored state.

import type { Machine } from '../c/machine';
import type { StepOutcome } from '../c/machine-state';
import type { MmModel } from '../mm/state';
import { exitedStatus, exitProcess, faultSignal, signaledStatus, waitKey } from '../mm/process';
import { joinKey, processThreads, pthreadEnded } from '../mm/natives/user-pthread';
import { endThread } from '../c/thread-fork';
import type { Value } from '../c/value';
import { journaledCall } from '../mm/undo-membrane';

export interface TaskRunner {
  machine: Machine;
  model: MmModel;
  /** Statements before the run is a runaway. */
  budget: number;
  /** After each statement a child ran (tests step back and forth). */
  onStep?(tid: number): void;
}

export interface TaskFault {
  tid: number;
  kind: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

export type OthersResult = { kind: 'ready' } | { kind: 'stuck' } | { kind: 'budget'; tid: number } | { kind: 'fault'; fault: TaskFault };

/** Is `tid` a forked child still running in the model's process table? */
function forkedChild(m: MmModel, tid: number): number | undefined {
  const pid = m.tasks?.[tid];
  const p = pid === undefined ? undefined : m.procs?.[pid];
  return p && !p.root && p.state === 'run' ? pid : undefined;
}

/** exit_group: the other live threads of process `pid` end now (their frames popped). */
function endOthers(r: TaskRunner, pid: number, tid: number, value: Value): void {
  for (const x of processThreads(r.model, pid)) {
    if (x === tid) continue;
    const t = r.machine.thread(x);
    if (t && t.status !== 'done') endThread(r.machine, t, value);
    if (pthreadEnded(r.model, x, value)) r.machine.wake(joinKey(x));
  }
}

/**
 * Thread `tid` stopped with outcome `o`. A thread pthread_create made that returned from its
 * start routine is 'done' with that value and its joiner wakes (user-pthread.ts). A forked
 * child that returned or got SIGSEGV — or a thread of its process that got SIGSEGV — ends its
 * process (status from the return value, or killed by SIGSEGV; the process's other threads
 * end with it) and its parent wakes. The program's first thread returning from its entry ends
 * the threads it made (a return from main is exit). Returns true when the outcome was such an end.
 */
export function childEnded(r: TaskRunner, tid: number, o: StepOutcome): boolean {
  if (o.kind !== 'done' && !(o.kind === 'fault' && o.fault.kind === 'segv')) return false;
  // After the statement ran, as part of it: behind the undo journal's write barrier like a
  // native (a step back over a thread's return must find its record as it was).
  return journaledCall(r.model, () => ended(r, tid, o));
}

function ended(r: TaskRunner, tid: number, o: Extract<StepOutcome, { kind: 'done' | 'fault' }>): boolean {
  const m = r.model;
  if (o.kind === 'done' && m.pthreads?.[tid]) {
    if (pthreadEnded(m, tid, o.value)) r.machine.wake(joinKey(tid));
    return true;
  }
  const pid = forkedChild(m, tid);
  if (pid === undefined) {
    const root = m.tasks?.[tid];
    if (o.kind === 'done' && root !== undefined && m.procs?.[root]?.tid === tid) endOthers(r, root, tid, o.value ?? 0n);
    return false;
  }
  const sig = o.kind === 'done' ? 0 : faultSignal(o.fault.message);
  const status = o.kind === 'done' ? exitedStatus(typeof o.value === 'bigint' ? o.value : 0n) : signaledStatus(sig);
  endOthers(r, pid, tid, o.kind === 'done' ? (o.value ?? 0n) : BigInt(128 + sig));
  pthreadEnded(m, tid, undefined);
  const ppid = exitProcess(m, pid, status);
  if (ppid) r.machine.wake(waitKey(ppid));
  return true;
}

function faultOf(tid: number, o: Extract<StepOutcome, { kind: 'fault' }>): OthersResult {
  const l = o.fault.loc;
  return { kind: 'fault', fault: { tid, kind: o.fault.kind, message: o.fault.message, file: l.file, line: l.line, column: l.column } };
}

/** The next other thread that can run (lowest tid), if any. */
function nextReady(m: Machine, tid: number): number | undefined {
  for (const t of m.state.threads) if (t.id !== tid && t.status === 'ready') return t.id;
  return undefined;
}

/** While `tid` cannot run, run the other ready threads until it can (or nothing can run). */
export function runOthers(r: TaskRunner, tid: number): OthersResult {
  const m = r.machine;
  for (;;) {
    const me = m.thread(tid);
    if (me && me.status === 'ready') return { kind: 'ready' };
    const other = nextReady(m, tid);
    if (other === undefined) return { kind: 'stuck' };
    // In batches unless someone looks between statements: a batch ends where a step-by-step
    // run would switch (a wake ends it at the next statement boundary, Machine.wake), so the
    // threads interleave exactly as one statement at a time.
    const o = r.onStep ? m.step(other) : m.runWithin(other, r.budget);
    if (o.kind === 'fault' && !childEnded(r, other, o)) return faultOf(other, o);
    if (o.kind === 'done') childEnded(r, other, o);
    r.onStep?.(other);
    if (m.state.steps > r.budget) return { kind: 'budget', tid: other };
  }
}
