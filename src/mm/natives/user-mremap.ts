// mremap(2) for user programs (issue 12 item 1): shrink, grow in place, move (MREMAP_MAYMOVE),
// move to a given address (MREMAP_FIXED) and move leaving the old range mapped and empty
// (MREMAP_DONTUNMAP), with the checks and errors of mm/mremap.c (EINVAL for bad flags and
// lengths, EFAULT when the old range is not inside one vma, ENOMEM when it cannot grow in place
// without MAYMOVE). It is built on the address-space operations the scenarios use (vmops.ts:
// munmap_mm, mremap_mm, mmap_mm), so the page-table move, the TLB flush and the drivers'
// interval notifiers (MMU_NOTIFY_UNMAP of the old range) are the same code.
//
// Why a plan in the model: each of those operations may stop to run a driver's notifier as C
// (an upcall) or wait for the mmap lock, after which the native is called again with the same
// arguments. The first call decides the whole plan (unmap the target, move, grow, re-map the
// old range, unmap a tail) and keeps it, with how far it got, in MmModel.mremapOps; each call
// resumes at the step it stopped in. A failing call returns MAP_FAILED (errno is not set by
// mmstep's mmap natives).
//
// Not modelled: mremap of shared memory (shmem keeps its pages by address; the fault path
// reports a moved shmem mapping), old_size 0 (a second mapping of shared memory).

import type { NativeCtx, NativeTable } from '../../c/native';
import { SimFault } from '../../c/native';
import { objPtr, type Value } from '../../c/value';
import { type MmModel, VM_SHARED } from '../state';
import { vmopsNatives } from './vmops';
import { currentMm, MAP_FAILED, unmappedArea, userAddr, userPtr } from './user-mman';

export const MREMAP_MAYMOVE = 1n;
export const MREMAP_FIXED = 2n;
export const MREMAP_DONTUNMAP = 4n;

const PAGE = 4096;

type Step =
  | { op: 'munmap'; start: number; len: number }
  | { op: 'move'; from: number; len: number; to: number }
  | { op: 'grow'; end: number; newEnd: number }
  | { op: 'remap'; start: number; len: number; prot: number };

declare module '../state' {
  interface MmModel {
    /** Per thread: the mremap in progress (its plan, the next step, the address it returns). */
    mremapOps?: Record<number, { key: string; steps: Step[]; next: number; result: number }>;
  }
}

function uint(fn: string, v: Value | undefined, i: number): bigint {
  if (typeof v !== 'bigint') throw new SimFault('bad-call', `${fn}: argument ${i + 1} must be an integer`);
  return BigInt.asUintN(64, v);
}

const pageUp = (n: number): number => Math.ceil(n / PAGE) * PAGE;

/**
 * The steps of mremap(old, oldLen, newLen, flags, target) in mm, or undefined for a failure
 * (MAP_FAILED), as mm/mremap.c decides before it changes anything.
 */
function plan(m: MmModel, ctx: NativeCtx, args: Value[]): { steps: Step[]; result: number } | undefined {
  const old = userAddr('mremap', args[0], 0);
  const oldLen = pageUp(Number(uint('mremap', args[1], 1)));
  const newLen = pageUp(Number(uint('mremap', args[2], 2)));
  const flags = uint('mremap', args[3], 3);
  const fixed = (flags & MREMAP_FIXED) !== 0n;
  const mayMove = (flags & MREMAP_MAYMOVE) !== 0n;
  const dontUnmap = (flags & MREMAP_DONTUNMAP) !== 0n;
  // EINVAL: an unaligned address, unknown flags, FIXED or DONTUNMAP without MAYMOVE,
  // DONTUNMAP with a new size, a new size of 0
  if (old % PAGE || old <= 0 || flags & ~7n || ((fixed || dontUnmap) && !mayMove) || (dontUnmap && oldLen !== newLen) || newLen === 0) return undefined;
  if (oldLen === 0) throw new SimFault('unsupported', 'mremap: an old size of 0 (a second mapping of shared memory) is not modelled');
  const mm = currentMm(m, ctx);
  const vma = mm.vmas.find((v) => old >= v.start && old < v.end);
  if (!vma || old + oldLen > vma.end) return undefined; // EFAULT: not inside one vma
  if (vma.flags & VM_SHARED) throw new SimFault('unsupported', 'mremap of a shared mapping is not modelled (shmem keeps its pages by address)');
  const prot = vma.flags & 7;
  const free = (start: number, end: number): boolean => !mm.vmas.some((v) => v.start < end && start < v.end);
  const moveTo = (to: number): { steps: Step[]; result: number } => {
    const steps: Step[] = [];
    const len = Math.min(oldLen, newLen);
    // a shrinking move unmaps the tail first, then moves what is left
    if (newLen < oldLen) steps.push({ op: 'munmap', start: old + newLen, len: oldLen - newLen });
    steps.push({ op: 'move', from: old, len, to });
    if (newLen > oldLen) steps.push({ op: 'grow', end: to + oldLen, newEnd: to + newLen });
    if (dontUnmap) steps.push({ op: 'remap', start: old, len: oldLen, prot });
    return { steps, result: to };
  };
  if (fixed) {
    const target = userAddr('mremap', args[4] ?? 0n, 4);
    // EINVAL: unaligned, or overlapping the old range
    if (target % PAGE || target <= 0 || (target < old + oldLen && old < target + newLen)) return undefined;
    const p = moveTo(target);
    if (!free(target, target + newLen)) p.steps.unshift({ op: 'munmap', start: target, len: newLen });
    return p;
  }
  if (dontUnmap) {
    const to = unmappedArea(mm, newLen);
    return to === undefined ? undefined : moveTo(to);
  }
  if (newLen <= oldLen) return { steps: newLen < oldLen ? [{ op: 'munmap', start: old + newLen, len: oldLen - newLen }] : [], result: old };
  // grow in place when the vma ends with the old range and the pages after it are free
  if (vma.end === old + oldLen && free(old + oldLen, old + newLen)) return { steps: [{ op: 'grow', end: old + oldLen, newEnd: old + newLen }], result: old };
  if (!mayMove) return undefined; // ENOMEM
  const to = unmappedArea(mm, newLen);
  return to === undefined ? undefined : moveTo(to);
}

export function userMremapNatives(m: MmModel): NativeTable {
  const vm = vmopsNatives(m);
  return {
    mremap(ctx, args) {
      // void *mremap(void *old_address, size_t old_size, size_t new_size, int flags, ... /* void *new_address */)
      const ops = (m.mremapOps ??= {});
      const key = args.map((a) => (typeof a === 'bigint' ? String(a) : typeof a === 'object' && a.t === 'p' ? `p${a.i}` : '?')).join(',');
      let op = ops[ctx.tid];
      if (op !== undefined && op.key !== key) delete ops[ctx.tid];
      op = ops[ctx.tid];
      if (op === undefined) {
        const p = plan(m, ctx, args);
        if (!p) return MAP_FAILED;
        op = ops[ctx.tid] = { key, steps: p.steps, next: 0, result: p.result };
      }
      const mm = currentMm(m, ctx);
      const mmp = objPtr(mm.obj);
      while (op.next < op.steps.length) {
        const s = op.steps[op.next];
        let r: unknown = 0n;
        if (s.op === 'munmap') r = vm.munmap_mm(ctx, [mmp, BigInt(s.start), BigInt(s.len)]);
        else if (s.op === 'move') r = vm.mremap_mm(ctx, [mmp, BigInt(s.from), BigInt(s.len), BigInt(s.to)]);
        else if (s.op === 'remap') r = vm.mmap_mm(ctx, [mmp, BigInt(s.start), BigInt(s.len), BigInt(s.prot), 0n]);
        else {
          const v = mm.vmas.find((x) => x.end === s.end);
          if (!v || mm.vmas.some((x) => x !== v && x.start < s.newEnd && s.end < x.end)) r = -12n;
          else v.end = s.newEnd;
        }
        // an upcall to a driver's notifier or a wait for the mmap lock: called again after it
        if (typeof r !== 'bigint') return r as ReturnType<NativeTable[string]>;
        if (r < 0n) {
          delete ops[ctx.tid];
          return MAP_FAILED;
        }
        op.next++;
      }
      delete ops[ctx.tid];
      return userPtr(op.result);
    },
  };
}
