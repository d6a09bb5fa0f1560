// Interval MMU notifiers whose invalidate callback is C: a kernel tree's driver registers its
// own ops (lib/test_hmm.c: dmirror_interval_invalidate, dmirror_snapshot_invalidate) with
// mmu_interval_notifier_insert. Linux calls ops->invalidate from
// mmu_notifier_invalidate_range_start for every subscription the range overlaps (mn_itree_invalidate),
// and every path that changes user ptes starts such a range first: munmap (MMU_NOTIFY_UNMAP),
// mprotect (PROTECTION_VMA), madvise(MADV_DONTNEED) (CLEAR), mremap (UNMAP), the COW copy of a
// write fault (CLEAR), make_device_exclusive and its revocation (EXCLUSIVE), migration (MIGRATE
// with the driver's owner).
//
// Why a file of its own: a native cannot run C in the middle of its work, so it asks the machine
// to (native.ts Upcall) and is called again when that C returns; how far it got is plain data here
// (per thread, on the model), so snapshots, time travel and the undo journal carry it. Two steps:
//   - mmu_notifier_invalidate_range_start (a native C calls with its struct mmu_notifier_range):
//     one upcall per overlapping C subscription, ops->invalidate(sub, range, cur_seq), then done;
//   - an operation the model performs natively (munmap_mm & co., vmops.ts), which has no range of
//     its own: one upcall to mmstep's C, mmstep_notify_range_start (kernel/mm/mmu_notifier.c),
//     which makes the range and calls mmu_notifier_invalidate_range_start; when it returns, the
//     native changes the ptes and ends the range itself (the range_end bookkeeping).
// Without a C subscription in the range nothing changes: no upcall, the model's own mirrors
// (kernel/'s driver, device.ts invalidateMirrors) are handled in the native as before.

import { upcall, type NativeCtx, type Upcall } from '../../c/native';
import { isPtr, objPtr, type Value } from '../../c/value';
import type { MmModel, MmState, NotifierObj } from '../state';
import { slot } from './driver-state';
import { fault, hexn } from './util';

/** mmstep's C that makes a range for a native operation and starts it (kernel/mm/mmu_notifier.c). */
export const NOTIFY_RANGE_START = 'mmstep_notify_range_start';

declare module '../state' {
  interface NotifierObj {
    /** A driver's embedded struct mmu_interval_notifier (C memory), for a notifier a C driver inserted. */
    cSub?: Value;
    /** Its const struct mmu_interval_notifier_ops * (C memory). */
    ops?: Value;
  }
  interface MmModel {
    /** Per thread: a range_start running its C subscriptions' callbacks (ids already called). */
    mmuStarts?: Record<number, { key: string; done: number[] }>;
    /** Per thread: a native operation whose range mmstep_notify_range_start has started. */
    mmuOps?: Record<number, { key: string; pfn?: number }>;
  }
}

/** The C subscriptions of pid whose interval overlaps [start, end), in insertion order. */
function cSubs(m: MmModel, pid: number, start: number, end: number): number[] {
  const out: number[] = [];
  for (const id of m.mms[pid]?.subscribers ?? []) {
    const s = m.objs[id];
    if (!s || s.kind !== 'notifier' || s.cSub === undefined) continue;
    if (end <= s.start || start >= s.end) continue;
    out.push(id);
  }
  return out;
}

function ptrKey(v: Value): string {
  return isPtr(v) ? `${v.s}:${v.b}:${v.i}` : String(v);
}

/** The C function ops->invalidate points at (read at the call, as Linux does). */
function invalidateFn(ctx: NativeCtx, sub: NotifierObj): string {
  const ops = sub.ops;
  if (ops === undefined || !isPtr(ops) || ops.s !== 'c') fault('bad-call', 'mmu_notifier_invalidate_range_start: a subscription without ops');
  const f = ctx.load(slot(ops, 0));
  if (typeof f !== 'object' || f.t !== 'f') {
    fault('null-deref', `mmu_notifier_invalidate_range_start: ops->invalidate of the notifier over ${hexn(sub.start)}-${hexn(sub.end)} is not a function`);
  }
  return f.name;
}

/**
 * mmu_notifier_invalidate_range_start(range) called from C: `first` (the model's own
 * bookkeeping) runs at the first call; then each overlapping C subscription's ops->invalidate
 * is an upcall, one per call of the native; undefined once all have run.
 */
export function rangeStartCallbacks(
  m: MmModel,
  ctx: NativeCtx,
  range: Value,
  r: { mm: MmState; start: number; end: number; event: bigint },
  first: () => void,
): Upcall | undefined {
  const starts = (m.mmuStarts ??= {});
  const key = `${r.mm.pid}:${r.start}:${r.end}:${r.event}:${ptrKey(range)}`;
  let p = starts[ctx.tid];
  if (p === undefined) {
    first();
    // Only a range in C memory can be handed to a driver (today's API); the 2016 form has none.
    if (!isPtr(range) || range.s !== 'c') return undefined;
    p = starts[ctx.tid] = { key, done: [] };
  } else if (p.key !== key) {
    fault('model', `mmu_notifier_invalidate_range_start(${hexn(r.start)}, ${hexn(r.end)}) inside another range_start's invalidate callback of this thread`);
  }
  for (const id of cSubs(m, r.mm.pid, r.start, r.end)) {
    if (p.done.includes(id)) continue;
    p.done.push(id);
    const sub = m.objs[id] as NotifierObj;
    return upcall(invalidateFn(ctx, sub), [sub.cSub!, range, BigInt(sub.seq)]);
  }
  delete starts[ctx.tid];
  return undefined;
}

/**
 * A native operation on [start, end) of mm (munmap_mm & co.) about to notify: 'plain' when no
 * C subscription overlaps (the caller notifies the model's mirrors itself, as before); an
 * upcall to mmstep_notify_range_start at its first call otherwise; 'started' when it is called
 * again after that C returned (the range is open: change the ptes, then endOpRange).
 */
export function opRangeStart(
  m: MmModel,
  ctx: NativeCtx,
  fn: string,
  mm: MmState,
  start: number,
  end: number,
  event: bigint,
  owner: Value,
): Upcall | 'plain' | 'started' {
  const ops = (m.mmuOps ??= {});
  const key = `${fn}:${mm.pid}:${start}:${end}:${event}`;
  const p = ops[ctx.tid];
  if (p !== undefined) {
    if (p.key !== key) fault('model', `${fn}(${hexn(start)}, ${hexn(end)}) while this thread's ${p.key} has an open notifier range`);
    return 'started';
  }
  if (!cSubs(m, mm.pid, start, end).length) return 'plain';
  ops[ctx.tid] = { key };
  return upcall(NOTIFY_RANGE_START, [objPtr(mm.obj), event, BigInt(start), BigInt(end), owner]);
}

/** The operation's ptes are changed: its range ends (mmu_notifier_invalidate_range_end). */
export function endOpRange(m: MmModel, ctx: NativeCtx, mm: MmState, start: number, end: number): void {
  if (m.mmuOps?.[ctx.tid] === undefined) return;
  delete m.mmuOps[ctx.tid];
  const k = mm.notifierRanges.findIndex((r) => r.tid === ctx.tid && r.start === start && r.end === end);
  if (k >= 0) mm.notifierRanges.splice(k, 1);
}
