// Time for user programs (issue 12 item 1: hmm-tests' unmap_buffer thread sleeps a few µs
// before it unmaps): nanosleep, usleep, sleep, clock_gettime. There is no wall clock in the
// model: MmModel.clockNs is a clock of its own, in ns, and a sleep moves it on by its length
// and returns at once — nothing really waits, the run stays deterministic, and snapshots and
// time travel cover the clock like any other model state. A sleep does not make other threads
// run by itself (the runners run the others while a thread waits for one: pthread_join,
// waitpid); what a program can see is the same as on Linux: the clock has advanced by at
// least the time asked for. clock_gettime reads move the clock on by 1 ns each, as the
// driver's jiffies do, so a loop waiting for a time ends after finite work.
// Errors are -1 as libc returns them (errno is not modelled): EINVAL for a bad timespec.

import { SimFault, type NativeCtx, type NativeTable } from '../../c/native';
import type { Value } from '../../c/value';
import type { MmModel } from '../state';
import { loadWord, ptrArg, storeWord } from './user-word';

const NS = 1_000_000_000;
const CLOCK_REALTIME = 0n;
const CLOCK_MONOTONIC = 1n;
const CLOCK_MONOTONIC_RAW = 4n;
const CLOCK_BOOTTIME = 7n;

function uint(fn: string, v: Value | undefined): number {
  if (typeof v !== 'bigint') throw new SimFault('bad-call', `${fn}: argument 1 must be an integer`);
  return Number(BigInt.asUintN(32, v));
}

/** The model's clock moves on by `ns`. */
function advance(m: MmModel, ns: number): void {
  m.clockNs = (m.clockNs ?? 0) + ns;
}

export function userTimeNatives(m: MmModel): NativeTable {
  return {
    nanosleep(ctx: NativeCtx, args: Value[]) {
      // int nanosleep(const struct timespec *req, struct timespec *rem)
      const req = ptrArg('nanosleep', args[0], 0);
      const sec = loadWord(m, ctx, 'nanosleep', req, 0, 8);
      if (typeof sec !== 'bigint') return sec;
      const nsec = loadWord(m, ctx, 'nanosleep', req, 1, 8);
      if (typeof nsec !== 'bigint') return nsec;
      if (sec < 0n || nsec < 0n || nsec >= BigInt(NS)) return -1n;
      // Never interrupted (no signal handlers): *rem is left alone, as Linux leaves it then.
      advance(m, Number(sec) * NS + Number(nsec));
      return 0n;
    },
    usleep(ctx, args) {
      // int usleep(useconds_t usec)
      advance(m, uint('usleep', args[0]) * 1000);
      return 0n;
    },
    sleep(ctx, args) {
      // unsigned int sleep(unsigned int seconds): the seconds left (none: never interrupted)
      advance(m, uint('sleep', args[0]) * NS);
      return 0n;
    },
    clock_gettime(ctx, args) {
      // int clock_gettime(clockid_t clockid, struct timespec *tp)
      if (typeof args[0] !== 'bigint') throw new SimFault('bad-call', 'clock_gettime: argument 1 must be a clockid_t');
      const id = BigInt.asIntN(32, args[0]);
      if (id !== CLOCK_REALTIME && id !== CLOCK_MONOTONIC && id !== CLOCK_MONOTONIC_RAW && id !== CLOCK_BOOTTIME) return -1n;
      const tp = ptrArg('clock_gettime', args[1], 1);
      const now = (m.clockNs ?? 0) + 1;
      let trap = storeWord(m, ctx, 'clock_gettime', tp, 0, 8, BigInt(Math.floor(now / NS)));
      if (!trap) trap = storeWord(m, ctx, 'clock_gettime', tp, 1, 8, BigInt(now % NS));
      if (trap) return trap;
      m.clockNs = now;
      return 0n;
    },
  };
}

export const USER_TIME_NATIVE_NAMES = ['nanosleep', 'usleep', 'sleep', 'clock_gettime'];
