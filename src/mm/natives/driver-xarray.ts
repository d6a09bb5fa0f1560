// A kernel tree's driver's embedded xarray and interval notifier (lib/test_hmm.c's
// dmirror->pt and dmirror->notifier; kernel/include/linux/xa_embedded.h and
// mmu_interval_embedded.h). Each is C memory whose first field points at the model's object:
// xa_init / mmu_interval_notifier_insert make that object (an XarrayObj, a NotifierObj as
// kernel/'s driver gets them from xa_create / mmu_mirror_notifier_insert), and the model's
// natives of linux/xarray.h and linux/mmu_interval.h work on it as they do for kernel/'s driver.
//
// Tagged entries: xa_tag_pointer puts a tag of 0..3 in a pointer's low bits in Linux; the
// interpreter's pointers have no free bits, so a tagged page pointer carries the tag in its
// slot index (page pointers otherwise always have 0 there). Only struct page pointers are
// tagged by the drivers; anything else is refused.

import type { NativeCtx, NativeTable } from '../../c/native';
import { NULL, isPtr, objPtr, type Ptr, type Value } from '../../c/value';
import { allocId, type MmModel, type XarrayObj } from '../state';
import { argC, slot } from './driver-state';
import './mmu-notify';
import { argMm, argNum, argPtr, fault } from './util';
import { xaClear, xaDel, xaFirstFrom, xaPut } from '../xarray-order';

/** The model's xarray of an embedded struct xarray (xa_init made it). */
function embeddedXa(m: MmModel, ctx: NativeCtx, fn: string, args: Value[]): XarrayObj {
  const p = argC(fn, args, 0, 'struct xarray');
  const v = ctx.load(slot(p, 0));
  const o = isPtr(v) && v.s === 'obj' ? m.objs[v.b] : undefined;
  if (!o || o.kind !== 'xarray') fault('bad-call', `${fn}: the xarray was not initialised (xa_init)`);
  return o;
}

function untag(v: Value): Value {
  return isPtr(v) && v.s === 'page' && v.i !== 0 ? { t: 'p', s: 'page', b: v.b, i: 0 } : v;
}

export function driverXarrayNatives(m: MmModel): NativeTable {
  const find = (ctx: NativeCtx, fn: string, args: Value[], after: boolean): Value => {
    const xa = embeddedXa(m, ctx, fn, args);
    const ip = argPtr(fn, args, 1);
    if (ip.s === 'null') fault('null-deref', `${fn}: NULL index pointer`);
    const cur = ctx.load(ip);
    if (typeof cur !== 'bigint') fault('uninitialized', `${fn}: *index is not set`);
    const max = Number(BigInt.asUintN(64, (args[2] as bigint) ?? 0n));
    const from = Number(BigInt.asUintN(64, cur)) + (after ? 1 : 0);
    const i = xaFirstFrom(xa, from, max);
    if (i === undefined) return NULL;
    ctx.store(ip, BigInt(i));
    return xa.entries[i].v;
  };

  return {
    xa_init(ctx, args) {
      const p = argC('xa_init', args, 0, 'struct xarray');
      const id = allocId(m);
      m.objs[id] = { kind: 'xarray', entries: {}, order: [] };
      ctx.store(slot(p, 0), objPtr(id));
    },
    xa_store(ctx, args) {
      const xa = embeddedXa(m, ctx, 'xa_store', args);
      const idx = argNum('xa_store', args, 1);
      const v = args[2] ?? NULL;
      const old = xa.entries[idx]?.v ?? NULL;
      if (!isPtr(v) || v.s === 'null') xaDel(xa, idx);
      else xaPut(xa, idx, { v, tag: v.s === 'page' ? v.i : 0 });
      return old;
    },
    xa_destroy(ctx, args) {
      xaClear(embeddedXa(m, ctx, 'xa_destroy', args));
    },
    xa_find(ctx, args) {
      return find(ctx, 'xa_find', args, false);
    },
    xa_find_after(ctx, args) {
      return find(ctx, 'xa_find_after', args, true);
    },
    xa_tag_pointer(ctx, args) {
      const p = argPtr('xa_tag_pointer', args, 0);
      const tag = argNum('xa_tag_pointer', args, 1);
      if (tag > 3) fault('bad-call', `xa_tag_pointer: tag ${tag} does not fit in the two low bits`);
      if (p.s === 'null' || tag === 0) return p;
      if (p.s !== 'page') fault('unsupported', 'xa_tag_pointer: only struct page pointers can carry a tag in the model');
      return { t: 'p', s: 'page', b: p.b, i: tag } satisfies Ptr;
    },
    xa_untag_pointer(ctx, args) {
      return untag(argPtr('xa_untag_pointer', args, 0));
    },
    xa_pointer_tag(ctx, args) {
      const p = argPtr('xa_pointer_tag', args, 0);
      return BigInt(p.s === 'page' ? p.i : 0);
    },
    mmu_interval_notifier_insert(ctx, args) {
      // (interval_sub, mm, start, length, ops): the model's notifier in the struct's first
      // field, then ops and mm as the driver reads them (notifier.mm).
      const sub = argC('mmu_interval_notifier_insert', args, 0, 'struct mmu_interval_notifier');
      const mm = argMm(m, 'mmu_interval_notifier_insert', args, 1);
      const start = argNum('mmu_interval_notifier_insert', args, 2);
      const length = argNum('mmu_interval_notifier_insert', args, 3);
      const ops = args[4] ?? NULL;
      if (!isPtr(ops) || ops.s === 'null') fault('bad-call', 'mmu_interval_notifier_insert: NULL ops');
      if (length === 0 || start + length < start) return -22n;
      const id = allocId(m);
      // cSub and ops: its invalidate is the driver's C, run on every overlapping range (mmu-notify.ts).
      m.objs[id] = { kind: 'notifier', pid: mm.pid, start, end: start + length, owner: NULL, xa: -1, seq: 0, invalidations: 0, cSub: sub, ops };
      mm.subscribers.push(id);
      ctx.store(slot(sub, 0), objPtr(id));
      ctx.store(slot(sub, 1), ops);
      ctx.store(slot(sub, 2), objPtr(mm.obj));
      ctx.store(slot(sub, 3), 0n);
      return 0n;
    },
  };
}
