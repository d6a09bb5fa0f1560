// POSIX threads of a user program (issue 12 item 1: hmm-tests' anon_teardown unmaps a buffer
// from a second thread while the device reads it): pthread_create, pthread_join, pthread_exit,
// pthread_self, pthread_detach, with the standard C prototypes. A new thread belongs to the
// SAME process as its creator: the model's task → pid binding (MmModel.tasks) gives it the
// same mm (current->mm), so it shares the address space, the malloc arena and the open files
// (kernel/fs/chrdev_syscalls.c keys descriptor tables by mm). Unlike fork (thread-fork.ts),
// nothing is copied: the interpreter starts a fresh thread at the start routine (named by the
// function pointer the program passed) with its `void *` argument (NativeCtx.spawnThread).
//
// How a thread ends: its start routine returns (the runner that ran it — src/sim/user-tasks.ts'
// childEnded, called by `mmstep exec`, the selftest runner and the debugger's scheduler — records
// the value) or it calls pthread_exit; either way the thread is 'done' with the value and a
// pthread_join sleeping on it is woken, as waitpid is by a child's exit. pthread_t is the
// thread's tid. Errors are returned as the error number, as POSIX threads do (ESRCH, EINVAL,
// EDEADLK). Attributes are not modelled (a non-NULL attr is refused, naming it).
// Mutexes (pthread_mutex_t: one int, 0 or the holder's tid) sleep in lock while another
// thread holds them and are woken by its unlock, as a futex wait would be.

import { blocked, SimFault, threadExit, type NativeCtx, type NativeTable } from '../../c/native';
import { NULL, type Ptr, type Value } from '../../c/value';
import type { MmModel } from '../state';
import { taskPid } from '../user-memory';
import { procOf } from '../process';
import { isNullArg, loadWord, probeWord, ptrArg, storeWord } from './user-word';

const EPERM = 1n;
const ESRCH = 3n;
const EINVAL = 22n;
const EDEADLK = 35n;

/** The wait key a pthread_join of thread `tid` sleeps on. */
export function joinKey(tid: number): string {
  return `join:${tid}`;
}

/**
 * Thread `tid` (a pthread_create thread still running) ends with `value`: 'done' for its
 * joiner, or forgotten at once when detached. Returns whether it was such a thread; the caller
 * wakes joinKey(tid).
 */
export function pthreadEnded(m: MmModel, tid: number, value: Value | undefined): boolean {
  const t = m.pthreads?.[tid];
  if (!t || t.state !== 'run') return false;
  t.state = t.detached ? 'joined' : 'done';
  t.ret = value === undefined || (typeof value === 'object' && value.t === 'u') ? NULL : value;
  return true;
}

/** The wait key of a mutex: its C object, or its user address in the caller's process. */
function mutexKey(m: MmModel, tid: number, p: Ptr): string {
  return p.s === 'u' ? `mutex:${taskPid(m, tid)}:${p.i}` : `mutex:${p.s}:${p.b}:${p.i}`;
}

/** The live threads of process `pid` (its first thread and those pthread_create made), by tid. */
export function processThreads(m: MmModel, pid: number): number[] {
  const out: number[] = [];
  for (const [tid, p] of Object.entries(m.tasks ?? {})) {
    if (p !== pid) continue;
    const t = m.pthreads?.[Number(tid)];
    if (!t || t.state === 'run') out.push(Number(tid));
  }
  return out;
}

export function userPthreadNatives(m: MmModel): NativeTable {
  return {
    pthread_create(ctx: NativeCtx, args: Value[]) {
      // int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg)
      const out = ptrArg('pthread_create', args[0], 0);
      if (!isNullArg(args[1])) throw new SimFault('unsupported', 'pthread_create: thread attributes (a non-NULL attr) are not modelled');
      const start = args[2];
      if (typeof start !== 'object' || start.t !== 'f') {
        if (isNullArg(start)) throw new SimFault('null-deref', 'pthread_create: the start routine is NULL');
        throw new SimFault('bad-call', 'pthread_create: argument 3 is not a function');
      }
      if (!ctx.spawnThread) throw new SimFault('unsupported', 'pthread_create: this run cannot start threads');
      // *thread is written after the thread exists: its page is faulted in first, so the
      // call made again after that fault starts no second thread.
      const trap = probeWord(m, ctx, 'pthread_create', out, 0, 8, true);
      if (trap) return trap;
      const pid = taskPid(m, ctx.tid);
      procOf(m, pid, ctx.tid);
      const tid = ctx.spawnThread(`${start.name} (pid ${pid})`, start.name, [args[3] ?? NULL]);
      (m.tasks ??= {})[tid] = pid;
      (m.pthreads ??= {})[tid] = { pid, state: 'run' };
      storeWord(m, ctx, 'pthread_create', out, 0, 8, BigInt(tid));
      return 0n;
    },
    pthread_join(ctx, args) {
      // int pthread_join(pthread_t thread, void **retval)
      if (typeof args[0] !== 'bigint') throw new SimFault('bad-call', 'pthread_join: argument 1 must be a pthread_t');
      const tid = Number(BigInt.asUintN(64, args[0]));
      const t = m.pthreads?.[tid];
      if (tid === ctx.tid) return EDEADLK;
      if (!t || t.pid !== taskPid(m, ctx.tid) || t.state === 'joined') return ESRCH;
      if (t.detached) return EINVAL;
      if (t.state === 'run') return blocked(joinKey(tid), `pthread_join(${tid}): thread ${tid} still runs`);
      // The value first: a store that faults comes back to this call, the thread still 'done'.
      if (!isNullArg(args[1])) {
        const trap = storeWord(m, ctx, 'pthread_join', ptrArg('pthread_join', args[1], 1), 0, 8, t.ret ?? NULL);
        if (trap) return trap;
      }
      t.state = 'joined';
      return 0n;
    },
    pthread_exit(ctx, args) {
      // void pthread_exit(void *retval)
      if (!m.pthreads?.[ctx.tid]) {
        throw new SimFault('unsupported', "pthread_exit in the process's first thread (the process goes on with its other threads) is not modelled");
      }
      const v = args[0] ?? NULL;
      pthreadEnded(m, ctx.tid, v);
      ctx.wake(joinKey(ctx.tid));
      return threadExit(v);
    },
    pthread_self(ctx) {
      // pthread_t pthread_self(void)
      return BigInt(ctx.tid);
    },
    pthread_mutex_init(ctx, args) {
      // int pthread_mutex_init(pthread_mutex_t *mutex, const pthread_mutexattr_t *attr)
      if (!isNullArg(args[1])) throw new SimFault('unsupported', 'pthread_mutex_init: mutex attributes are not modelled');
      return storeWord(m, ctx, 'pthread_mutex_init', ptrArg('pthread_mutex_init', args[0], 0), 0, 4, 0n) ?? 0n;
    },
    pthread_mutex_lock(ctx, args) {
      // int pthread_mutex_lock(pthread_mutex_t *mutex): a default mutex; a locked one sleeps
      // until its unlock (retried then). Relocking one's own is EDEADLK (an error-checking
      // mutex's answer; a default mutex would hang forever).
      const p = ptrArg('pthread_mutex_lock', args[0], 0);
      const owner = loadWord(m, ctx, 'pthread_mutex_lock', p, 0, 4);
      if (typeof owner !== 'bigint') return owner;
      if (owner === BigInt(ctx.tid)) return EDEADLK;
      if (owner !== 0n) return blocked(mutexKey(m, ctx.tid, p), `pthread_mutex_lock: held by thread ${owner}`);
      return storeWord(m, ctx, 'pthread_mutex_lock', p, 0, 4, BigInt(ctx.tid)) ?? 0n;
    },
    pthread_mutex_unlock(ctx, args) {
      // int pthread_mutex_unlock(pthread_mutex_t *mutex): EPERM unless the caller holds it.
      const p = ptrArg('pthread_mutex_unlock', args[0], 0);
      const owner = loadWord(m, ctx, 'pthread_mutex_unlock', p, 0, 4);
      if (typeof owner !== 'bigint') return owner;
      if (owner !== BigInt(ctx.tid)) return EPERM;
      const trap = storeWord(m, ctx, 'pthread_mutex_unlock', p, 0, 4, 0n);
      if (trap) return trap;
      ctx.wake(mutexKey(m, ctx.tid, p));
      return 0n;
    },
    pthread_detach(ctx, args) {
      // int pthread_detach(pthread_t thread)
      if (typeof args[0] !== 'bigint') throw new SimFault('bad-call', 'pthread_detach: argument 1 must be a pthread_t');
      const t = m.pthreads?.[Number(BigInt.asUintN(64, args[0]))];
      if (!t || t.pid !== taskPid(m, ctx.tid) || t.state === 'joined') return ESRCH;
      if (t.detached) return EINVAL;
      t.detached = true;
      if (t.state === 'done') t.state = 'joined';
      return 0n;
    },
  };
}

export const USER_PTHREAD_NATIVE_NAMES = ['pthread_create', 'pthread_join', 'pthread_exit', 'pthread_self', 'pthread_detach', 'pthread_mutex_init', 'pthread_mutex_lock', 'pthread_mutex_unlock'];
