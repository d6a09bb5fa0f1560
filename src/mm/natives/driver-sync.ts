// Locks embedded in a kernel tree's driver's own structs (kernel/include/linux/lockword.h):
// struct mutex is a word of C memory (0 free, holder tid + 1 held); a spinlock_t member holds,
// in its first field, a model spinlock that spin_lock_init makes, so held spinlocks, sleeping
// under one and deadlocks are checked exactly as for the model's page-table locks.
//
// Why a word for the mutex: a mutex may be held across calls that sleep (the model's spinlock
// objects would report those as sleeping in atomic context), and it lives as long as the C
// struct around it, which the model does not track. mutex_lock might sleep: called under a
// spinlock it is reported like any sleeping call.

import { blocked, type NativeCtx, type NativeTable } from '../../c/native';
import { isPtr, objPtr, type Ptr } from '../../c/value';
import { allocId, NO_TID, type MmModel } from '../state';
import { argC, cKey, loadInt, slot } from './driver-state';
import { pgtableNatives } from './pgtable';
import { argPtr, bool, fault, mightSleep } from './util';

function mutexKey(p: Ptr): string {
  return `mutex:${cKey(p)}`;
}

export function driverSyncNatives(m: MmModel): NativeTable {
  const pg = pgtableNatives(m);

  /** The model lock of a spinlock_t: C memory (its first field), or a model lock pointer. */
  const modelLock = (ctx: NativeCtx, fn: string, p: Ptr): Ptr => {
    if (p.s !== 'c') return p;
    const v = ctx.load(slot(p, 0));
    if (!isPtr(v) || v.s !== 'obj') fault('bad-call', `${fn}: the spinlock_t was not initialised (spin_lock_init)`);
    return v;
  };
  const owner = (ctx: NativeCtx, fn: string, p: Ptr): number => Number(loadInt(ctx, fn, slot(p, 0), 'the mutex (mutex_init was not called)'));

  return {
    mutex_init(ctx, args) {
      ctx.store(slot(argC('mutex_init', args, 0, 'struct mutex'), 0), 0n);
    },
    mutex_lock(ctx, args) {
      const p = argC('mutex_lock', args, 0, 'struct mutex');
      mightSleep(m, ctx, 'mutex_lock');
      const o = owner(ctx, 'mutex_lock', p);
      if (o === ctx.tid + 1) fault('deadlock', 'mutex_lock: this thread already holds the mutex (mutexes do not nest)');
      if (o !== 0) return blocked(mutexKey(p), `mutex_lock: held by thread ${o - 1}`);
      ctx.store(slot(p, 0), BigInt(ctx.tid + 1));
      return undefined;
    },
    mutex_trylock(ctx, args) {
      const p = argC('mutex_trylock', args, 0, 'struct mutex');
      if (owner(ctx, 'mutex_trylock', p) !== 0) return 0n;
      ctx.store(slot(p, 0), BigInt(ctx.tid + 1));
      return 1n;
    },
    mutex_unlock(ctx, args) {
      const p = argC('mutex_unlock', args, 0, 'struct mutex');
      const o = owner(ctx, 'mutex_unlock', p);
      if (o !== ctx.tid + 1) fault('model', `mutex_unlock: the mutex is ${o === 0 ? 'not held' : `held by thread ${o - 1}`}, not by this thread`);
      ctx.store(slot(p, 0), 0n);
      ctx.wake(mutexKey(p));
    },
    mutex_is_locked(ctx, args) {
      return bool(owner(ctx, 'mutex_is_locked', argC('mutex_is_locked', args, 0, 'struct mutex')) !== 0);
    },
    mutex_destroy(ctx, args) {
      const p = argC('mutex_destroy', args, 0, 'struct mutex');
      const o = owner(ctx, 'mutex_destroy', p);
      if (o !== 0) fault('bug-on', `mutex_destroy: the mutex is held by thread ${o - 1}`);
    },
    spin_lock_init(ctx, args) {
      const p = argC('spin_lock_init', args, 0, 'spinlock_t');
      const id = allocId(m);
      m.objs[id] = { kind: 'spinlock', name: `driver spinlock ${id}`, holder: NO_TID, table: -1, flux: [] };
      ctx.store(slot(p, 0), objPtr(id));
    },
    spin_lock_any(ctx, args) {
      return pg.spin_lock(ctx, [modelLock(ctx, 'spin_lock', argPtr('spin_lock', args, 0))]);
    },
    spin_unlock_any(ctx, args) {
      return pg.spin_unlock(ctx, [modelLock(ctx, 'spin_unlock', argPtr('spin_unlock', args, 0))]);
    },
  };
}
