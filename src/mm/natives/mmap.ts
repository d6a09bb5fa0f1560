// The mmap lock (mm->mmap_sem in 2016, an rw-semaphore): readers share it, a writer excludes
// everyone. The migration helpers run with it held for read, which keeps the VMA from going
// away; the page walker asserts it. Sleeping lock: taking it under a spinlock is a fault.

import type { NativeCtx, NativeTable } from '../../c/native';
import { blocked } from '../../c/native';
import { type MmModel, type MmState, NO_TID } from '../state';
import { argMm, fault, mightSleep } from './util';

export function mmapKey(pid: number): string {
  return `mmap:${pid}`;
}

function holds(mm: MmState, tid: number): boolean {
  return mm.mmapLock.writer === tid || mm.mmapLock.readers.includes(tid);
}

export function mmapNatives(m: MmModel): NativeTable {
  const take = (ctx: NativeCtx, fn: string, mm: MmState, write: boolean) => {
    mightSleep(m, ctx, fn);
    const l = mm.mmapLock;
    if (holds(mm, ctx.tid)) fault('deadlock', `${fn}: this thread already holds the mmap lock of pid ${mm.pid}`);
    if (l.writer !== NO_TID || (write && l.readers.length > 0)) {
      return blocked(mmapKey(mm.pid), `${fn}(pid ${mm.pid})`);
    }
    if (write) l.writer = ctx.tid;
    else l.readers.push(ctx.tid);
    return undefined;
  };
  const release = (ctx: NativeCtx, fn: string, mm: MmState, write: boolean) => {
    const l = mm.mmapLock;
    if (write) {
      if (l.writer !== ctx.tid) fault('model', `${fn}: this thread does not hold the mmap lock of pid ${mm.pid} for write`);
      l.writer = NO_TID;
    } else {
      const k = l.readers.indexOf(ctx.tid);
      if (k < 0) fault('model', `${fn}: this thread does not hold the mmap lock of pid ${mm.pid} for read`);
      l.readers.splice(k, 1);
    }
    ctx.wake(mmapKey(mm.pid));
  };
  return {
    mmap_read_lock(ctx, args) {
      return take(ctx, 'mmap_read_lock', argMm(m, 'mmap_read_lock', args, 0), false);
    },
    mmap_read_unlock(ctx, args) {
      release(ctx, 'mmap_read_unlock', argMm(m, 'mmap_read_unlock', args, 0), false);
    },
    mmap_write_lock(ctx, args) {
      return take(ctx, 'mmap_write_lock', argMm(m, 'mmap_write_lock', args, 0), true);
    },
    mmap_write_unlock(ctx, args) {
      release(ctx, 'mmap_write_unlock', argMm(m, 'mmap_write_unlock', args, 0), true);
    },
    mmap_assert_locked(ctx, args) {
      const mm = argMm(m, 'mmap_assert_locked', args, 0);
      if (!holds(mm, ctx.tid)) fault('bug-on', `mmap_assert_locked: this thread does not hold the mmap lock of pid ${mm.pid}`);
    },
  };
}
