// The process system calls of a user program (issue 12 item 1), as the kernel's hmm-tests use
// them: fork (a child process with a copy-on-write copy of the address space and a copy of the
// calling thread), exit / _exit / abort, kill, waitpid / wait, getpid / getppid, with the standard C
// prototypes and x86-64 Linux numbers. A failing call returns -1 as libc does (errno is not
// modelled). Signals take their default action (no handlers are modelled): SIGCHLD, SIGCONT,
// SIGURG and SIGWINCH are ignored, the stop signals are not modelled, any other ends the
// process with the signal in its wait status (WIFSIGNALED, WTERMSIG).
//
// The child gets a copy of the parent's descriptor table (user-files.ts: it shares the open
// files); an exiting process's descriptors are dropped.
//
// fork() makes the child's thread in the middle of this very call (NativeCtx.cloneThread): the
// child makes the call again when it first runs and gets 0 (UserProc.forkReturn), so nothing of
// the call waits in JavaScript. exit() in a forked child tears its mm down (process.ts) and
// wakes a parent sleeping in waitpid (abort(): killed by SIGABRT); in the program's first
// process it ends the thread as a return from main does (or calls `first`'s exit / abort: the
// selftest runner's, which end the test).

import { blocked, SimFault, threadExit, type NativeCtx, type NativeTable, type ThreadExit, type UserTrap } from '../../c/native';
import type { Value } from '../../c/value';
import type { MmModel } from '../state';
import { NO_TID } from '../state';
import { translate, taskPid } from '../user-memory';
import { writePageBytes } from '../page-bytes';
import { addChild, exclusiveLocked, exitedStatus, exitProcess, forkMm, procOf, SIGABRT, signaledStatus, waitableChildren, waitKey } from '../process';
import { mmapKey } from './mmap';
import { pageLockKey } from './page';
import { joinKey, processThreads, pthreadEnded, userPthreadNatives, USER_PTHREAD_NATIVE_NAMES } from './user-pthread';
import { userTimeNatives, USER_TIME_NATIVE_NAMES } from './user-time';
import { dupFiles, userFilesNatives, USER_FILES_NATIVE_NAMES } from './user-files';

const PAGE = 4096;
export const WNOHANG = 1n;
const WUNTRACED = 2n;
const WCONTINUED = 8n;
/** Signals whose default action is to ignore them. */
const IGNORED = new Set([17, 18, 23, 28]);
/** SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU: stopping a process is not modelled. */
const STOPS = new Set([19, 20, 21, 22]);

function int(fn: string, v: Value | undefined, i: number): bigint {
  if (typeof v !== 'bigint') throw new SimFault('bad-call', `${fn}: argument ${i + 1} must be an integer`);
  return BigInt.asIntN(32, v);
}

function isNull(v: Value | undefined): boolean {
  return v === undefined || v === 0n || (typeof v === 'object' && v.t === 'p' && v.s === 'null');
}

/** The value a thread ended by signal `sig` leaves as its result (a shell's 128 + sig). */
function signaledValue(sig: number): bigint {
  return BigInt(128 + sig);
}

/**
 * If the calling thread runs a forked child: its process ends with wait status `status` (its
 * mm torn down, its parent woken) and the returned marker ends the thread with `value`.
 * Undefined for the program's first process. For a runner's own natives too (a failed ASSERT
 * in a child: the kernel's harness aborts the child, its parent sees it signaled).
 */
export function exitForkedChild(m: MmModel, ctx: NativeCtx, status: number, value: Value = 0n): ThreadExit | undefined {
  const pid = m.tasks?.[ctx.tid];
  const p = pid === undefined ? undefined : m.procs?.[pid];
  if (!p || p.root || p.state !== 'run') return undefined;
  endOtherThreads(m, ctx, p.pid, ctx.tid, value);
  pthreadEnded(m, ctx.tid, value);
  const ppid = exitProcess(m, p.pid, status);
  if (ppid) ctx.wake(waitKey(ppid));
  return threadExit(value);
}

/**
 * exit_group: the threads of process `pid` other than `except` end now with `value` (their
 * frames popped; a pthread_join of them is not woken, its process is gone too).
 */
function endOtherThreads(m: MmModel, ctx: NativeCtx, pid: number, except: number, value: Value): void {
  for (const tid of processThreads(m, pid)) {
    if (tid === except) continue;
    if (!ctx.endThread) throw new SimFault('unsupported', `this run cannot end the other threads of pid ${pid}`);
    ctx.endThread(tid, value);
    if (pthreadEnded(m, tid, value)) ctx.wake(joinKey(tid));
  }
}

/**
 * The process natives (with the thread and time natives of user-pthread.ts, user-time.ts); `first` is a table whose exit / _exit the program's first process uses
 * (the selftest runner's harness natives), else its thread just ends with the status.
 */
export function userProcessNatives(m: MmModel, first?: NativeTable): NativeTable {
  /** *wstatus = status: an int in C memory or in user memory (which may have to fault in). */
  const storeStatus = (ctx: NativeCtx, p: Value, status: number): UserTrap | undefined => {
    if (typeof p !== 'object' || p.t !== 'p') throw new SimFault('bad-call', 'waitpid: wstatus is not a pointer');
    if (p.s !== 'u') {
      ctx.store(p, BigInt(status));
      return undefined;
    }
    const off = ((p.i % PAGE) + PAGE) % PAGE;
    if (off + 4 > PAGE) throw new SimFault('unsupported', `waitpid: an int at 0x${p.i.toString(16)} across a page boundary`);
    const r = translate(m, ctx.tid, ctx.cpu, p.i, true);
    if ('t' in r) return r;
    writePageBytes(r.page!, off, 4, BigInt(status >>> 0));
    return undefined;
  };

  const exit = (name: 'exit' | '_exit' | 'abort') => (ctx: NativeCtx, args: Value[]) => {
    const code = name === 'abort' ? BigInt(128 + SIGABRT) : typeof args[0] === 'bigint' ? args[0] : 1n;
    const ended = exitForkedChild(m, ctx, name === 'abort' ? signaledStatus(SIGABRT) : exitedStatus(code), BigInt.asIntN(32, code));
    if (ended) return ended;
    const f = first?.[name];
    if (f) return f(ctx, args);
    return threadExit(BigInt.asIntN(32, code));
  };

  const waitpid = (fn: string, ctx: NativeCtx, pid: number, wstatus: Value | undefined, options: bigint) => {
    if (options & ~(WNOHANG | WUNTRACED | WCONTINUED)) return -1n;
    const me = taskPid(m, ctx.tid);
    const kids = waitableChildren(m, me, pid);
    // ECHILD: no such child of the caller.
    if (!kids.length) return -1n;
    const z = kids.find((c) => c.state === 'zombie');
    if (!z) {
      if (options & WNOHANG) return 0n;
      return blocked(waitKey(me), `${fn}(${pid}): child ${kids.map((c) => c.pid).join(', ')} still runs`);
    }
    // The status first: a store that faults comes back to this call, the child still a zombie.
    if (!isNull(wstatus)) {
      const t = storeStatus(ctx, wstatus!, z.status ?? 0);
      if (t) return t;
    }
    z.state = 'reaped';
    return BigInt(z.pid);
  };

  return {
    ...userPthreadNatives(m),
    ...userTimeNatives(m),
    ...userFilesNatives(m),
    fork(ctx) {
      // pid_t fork(void)
      const pid = taskPid(m, ctx.tid);
      const me = m.procs?.[pid];
      if (me && me.forkReturn && me.tid === ctx.tid) {
        // The child's first run: the copied call returns 0 in it.
        delete me.forkReturn;
        return 0n;
      }
      if (!ctx.cloneThread) throw new SimFault('unsupported', 'fork: this run cannot start processes');
      const mm = m.mms[pid];
      const l = mm.mmapLock;
      if ((l.writer !== NO_TID && l.writer !== ctx.tid) || l.readers.some((r) => r !== ctx.tid)) {
        return blocked(mmapKey(pid), `fork: mmap lock of pid ${pid}`);
      }
      // copy_pte_range waits for the lock of a page a device holds exclusively, then restores it.
      const locked = exclusiveLocked(m, mm);
      if (locked !== undefined) return blocked(pageLockKey(locked), `fork: lock of pfn 0x${locked.toString(16)} (device-exclusive)`);
      procOf(m, pid, ctx.tid);
      const child = forkMm(m, pid);
      dupFiles(m, pid, child.pid);
      const tid = ctx.cloneThread(`pid ${child.pid}`);
      addChild(m, child.pid, pid, tid);
      return BigInt(child.pid);
    },
    exit: exit('exit'),
    _exit: exit('_exit'),
    abort: exit('abort'),
    waitpid(ctx, args) {
      // pid_t waitpid(pid_t pid, int *wstatus, int options)
      return waitpid('waitpid', ctx, Number(int('waitpid', args[0], 0)), args[1], int('waitpid', args[2], 2));
    },
    wait(ctx, args) {
      // pid_t wait(int *wstatus)
      return waitpid('wait', ctx, -1, args[0], 0n);
    },
    kill(ctx, args) {
      // int kill(pid_t pid, int sig)
      const pid = Number(int('kill', args[0], 0));
      const sig = Number(int('kill', args[1], 1));
      if (pid <= 0) throw new SimFault('unsupported', `kill(${pid}, ${sig}): signals to process groups are not modelled`);
      if (sig < 0 || sig > 64) return -1n;
      const me = taskPid(m, ctx.tid);
      const p = m.procs?.[pid];
      // The first process before any fork has no entry yet.
      const exists = p ? p.state !== 'reaped' : pid === me;
      if (!exists) return -1n;
      if (sig === 0 || p?.state === 'zombie' || IGNORED.has(sig)) return 0n;
      if (STOPS.has(sig)) throw new SimFault('unsupported', `kill: signal ${sig} stops a process, which is not modelled`);
      if (!p || p.root) throw new SimFault('unsupported', `kill(${pid}, ${sig}): ending the program's first process by a signal is not modelled`);
      const mine = processThreads(m, pid).includes(ctx.tid);
      endOtherThreads(m, ctx, pid, ctx.tid, signaledValue(sig));
      if (mine) {
        pthreadEnded(m, ctx.tid, signaledValue(sig));
        const ppid = exitProcess(m, pid, signaledStatus(sig));
        if (ppid) ctx.wake(waitKey(ppid));
        return threadExit(signaledValue(sig));
      }
      const ppid = exitProcess(m, pid, signaledStatus(sig));
      if (ppid) ctx.wake(waitKey(ppid));
      return 0n;
    },
    getpid(ctx) {
      return BigInt(taskPid(m, ctx.tid));
    },
    getppid(ctx) {
      return BigInt(m.procs?.[taskPid(m, ctx.tid)]?.ppid ?? 0);
    },
  };
}

export const USER_PROCESS_NATIVE_NAMES = ['fork', 'exit', '_exit', 'abort', 'waitpid', 'wait', 'kill', 'getpid', 'getppid', ...USER_PTHREAD_NATIVE_NAMES, ...USER_TIME_NATIVE_NAMES, ...USER_FILES_NATIVE_NAMES];
