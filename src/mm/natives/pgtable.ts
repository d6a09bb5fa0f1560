// Page-table natives: the pgd → pud → pmd → pte walk (pointers into model tables), the per-table
// PTE spinlock (pte_offset_map_lock / pte_unmap_unlock / spin_lock), reading and writing ptes
// under it, TLB flushes, lazy-MMU mode and MMU-notifier ranges. The checks here are the ones a
// reviewer cares about: set_pte_at without the PTL, unlocking with a pointer into another table,
// sleeping or re-locking under a spinlock, unbalanced lazy-MMU / notifier calls.

import { mapPte as mapPteTable, unmapPte as unmapPteTable } from '../pte-maps';
import type { NativeCtx, NativeTable } from '../../c/native';
import { releasePtlFlux } from '../invariants';
import { blocked } from '../../c/native';
import { NULL, mkPtr, objPtr, ptePtr, type Ptr, type Value } from '../../c/value';
import { invalidateMirrors, MMU_NOTIFY_CLEAR } from './device';
import { rangeStartCallbacks } from './mmu-notify';
import { childTable, readEntryRaw, writeEntryRaw } from '../pgtable';
import { isHugeEntry } from '../pte';
import { entryAddr, entrySpan, MmModel, MmState, NO_TID, PageTable, tableIndex } from '../state';
import {
  argEntry,
  argInt,
  argMm,
  argNum,
  argPtr,
  argVma,
  fault,
  heldBy,
  hexn,
  levelName,
  markFlux,
  mightSleep,
  pfnOfEntry,
} from './util';
import { cacheFlushRange } from '../cache';

export function spinKey(id: number): string {
  return `spin:${id}`;
}

function lockObj(m: MmModel, fn: string, p: Ptr) {
  if (p.s === 'null') fault('null-deref', `${fn}: NULL spinlock`);
  const o = p.s === 'obj' ? m.objs[p.b] : undefined;
  if (!o || o.kind !== 'spinlock') fault('bad-call', `${fn}: argument is not a spinlock_t`);
  return o;
}

/** Take spinlock `id` for ctx.tid: true if taken, a Blocked marker if another thread holds it. */
function acquire(m: MmModel, ctx: NativeCtx, fn: string, id: number) {
  const o = m.objs[id];
  if (!o || o.kind !== 'spinlock') fault('model', `${fn}: object ${id} is not a spinlock`);
  if (o.holder === ctx.tid) fault('deadlock', `${fn}: this thread already holds ${o.name} (spinlocks do not nest)`);
  if (o.holder !== NO_TID) return blocked(spinKey(id), `${fn}: spinning on ${o.name}`);
  o.holder = ctx.tid;
  o.flux = [];
  (m.held[ctx.tid] ??= []).push(id);
  return undefined;
}

function release(m: MmModel, ctx: NativeCtx, fn: string, id: number): void {
  const o = m.objs[id];
  if (!o || o.kind !== 'spinlock') fault('model', `${fn}: object ${id} is not a spinlock`);
  if (o.holder !== ctx.tid) {
    fault('model', `${fn}: ${o.name} is ${o.holder === NO_TID ? 'not held' : `held by thread ${o.holder}`}, not by this thread`);
  }
  o.holder = NO_TID;
  releasePtlFlux(m, o);
  const held = heldBy(m, ctx.tid).filter((h) => h !== id);
  if (held.length) m.held[ctx.tid] = held;
  else delete m.held[ctx.tid];
  ctx.wake(spinKey(id));
}

/** Check that `addr` lies in the range entry (t, i) covers. */
function checkAddr(fn: string, t: PageTable, i: number, addr: number): void {
  const lo = entryAddr(t, i);
  if (addr < lo || addr >= lo + entrySpan(t.level)) {
    fault('bad-call', `${fn}: address ${hexn(addr)} is not covered by ${levelName(t.level)}[${i}] (${hexn(lo)}-${hexn(lo + entrySpan(t.level))})`);
  }
}

function checkMm(fn: string, mm: MmState, t: PageTable): void {
  if (mm.pid !== t.pid) fault('bad-call', `${fn}: the pte belongs to pid ${t.pid}, not to the mm of pid ${mm.pid}`);
}

/** The PTL must be held by the calling thread for writes to a pte table. */
function checkPtlHeld(m: MmModel, ctx: NativeCtx, fn: string, t: PageTable, i: number): void {
  const o = m.objs[t.ptl];
  if (!o || o.kind !== 'spinlock' || o.holder !== ctx.tid) {
    fault('model', `${fn}: writing pte[${i}] of pid ${t.pid} at ${hexn(entryAddr(t, i))} without holding its page-table lock`);
  }
}

/** Follow an upper-level entry to the entry for `addr` in the next table down. */
function descend(m: MmModel, fn: string, args: Parameters<typeof argEntry>[2], level: number): Ptr {
  const { table, index } = argEntry(m, fn, args, 0, level + 1);
  const addr = argNum(fn, args, 1);
  checkAddr(fn, table, index, addr);
  const child = childTable(m, table, index);
  if (!child) {
    fault('model', `${fn}: ${levelName(level + 1)}[${index}] for ${hexn(addr)} has no ${levelName(level)} table (check ${levelName(level + 1)}_none first)`);
  }
  return ptePtr(child.id, tableIndex(level, addr));
}

function entryValue(fn: string, args: Parameters<typeof argInt>[1]): bigint {
  return BigInt.asUintN(64, argInt(fn, args, 0));
}

export function pgtableNatives(m: MmModel): NativeTable {
  const mapPte = (ctx: NativeCtx, fn: string, args: Parameters<typeof argInt>[1], pmdArg: number) => {
    const pmdArgs = [args[pmdArg], args[pmdArg + 1]];
    const p = descend(m, fn, pmdArgs, 1);
    return { ptep: p, table: m.tables[p.b] };
  };

  return {
    pgd_offset(ctx, args) {
      const mm = argMm(m, 'pgd_offset', args, 0);
      const addr = argNum('pgd_offset', args, 1);
      return ptePtr(mm.pgd, tableIndex(4, addr));
    },
    pud_offset(ctx, args) {
      return descend(m, 'pud_offset', args, 3);
    },
    pmd_offset(ctx, args) {
      return descend(m, 'pmd_offset', args, 2);
    },
    pgd_none(ctx, args) {
      return entryValue('pgd_none', args) === 0n ? 1n : 0n;
    },
    pud_none(ctx, args) {
      return entryValue('pud_none', args) === 0n ? 1n : 0n;
    },
    pmd_none(ctx, args) {
      return entryValue('pmd_none', args) === 0n ? 1n : 0n;
    },
    pmd_trans_huge(ctx, args) {
      return isHugeEntry(entryValue('pmd_trans_huge', args)) ? 1n : 0n;
    },
    split_huge_pmd(ctx, args) {
      const { vma } = argVma(m, 'split_huge_pmd', args, 0);
      const { table, index } = argEntry(m, 'split_huge_pmd', args, 1, 2);
      const addr = argNum('split_huge_pmd', args, 2);
      if (addr < vma.start || addr >= vma.end) fault('bad-call', `split_huge_pmd: ${hexn(addr)} is outside the vma`);
      checkAddr('split_huge_pmd', table, index, addr);
      if (isHugeEntry(readEntryRaw(table, index))) fault('unsupported', 'split_huge_pmd: splitting a huge pmd (a transparent huge page mapped by one pmd) is not modelled yet');
      // Not huge: nothing to split (the kernel re-checks under the pmd lock and returns).
    },

    pte_offset_map_lock(ctx, args) {
      const mm = argMm(m, 'pte_offset_map_lock', args, 0);
      const { ptep, table } = mapPte(ctx, 'pte_offset_map_lock', args, 1);
      checkMm('pte_offset_map_lock', mm, table);
      const ptlp = argPtr('pte_offset_map_lock', args, 3);
      if (ptlp.s === 'null') fault('null-deref', 'pte_offset_map_lock: NULL spinlock_t ** out-parameter');
      const b = acquire(m, ctx, 'pte_offset_map_lock', table.ptl);
      if (b) return b;
      ctx.store(ptlp, objPtr(table.ptl));
      // Mapped as well as locked: pte_unmap_unlock ends both (pte-maps.ts).
      mapPteTable(m, ctx.tid, table.id, ctx.loc);
      return ptep;
    },
    pte_offset_map(ctx, args) {
      const { ptep, table } = mapPte(ctx, 'pte_offset_map', args, 0);
      mapPteTable(m, ctx.tid, table.id, ctx.loc);
      return ptep;
    },
    pte_unmap(ctx, args) {
      const { table } = argEntry(m, 'pte_unmap', args, 0, 1);
      unmapPteTable(m, ctx.tid, table.id, ctx.loc, 'pte_unmap');
    },
    pte_unmap_unlock(ctx, args) {
      // Must get a pointer into the same table as the lock (the seed passes ptep - 1 because its
      // loop leaves ptep one past the last entry it handled).
      const { table, index } = argEntry(m, 'pte_unmap_unlock', args, 0, 1);
      const o = lockObj(m, 'pte_unmap_unlock', argPtr('pte_unmap_unlock', args, 1));
      if (o.table !== table.id) {
        fault('bad-call', `pte_unmap_unlock: pte[${index}] belongs to the table of ${hexn(table.base)}, but the lock is ${o.name}`);
      }
      release(m, ctx, 'pte_unmap_unlock', table.ptl);
      unmapPteTable(m, ctx.tid, table.id, ctx.loc, 'pte_unmap_unlock');
    },
    spin_lock(ctx, args) {
      const p = argPtr('spin_lock', args, 0);
      lockObj(m, 'spin_lock', p);
      return acquire(m, ctx, 'spin_lock', p.b);
    },
    spin_unlock(ctx, args) {
      const p = argPtr('spin_unlock', args, 0);
      lockObj(m, 'spin_unlock', p);
      release(m, ctx, 'spin_unlock', p.b);
    },

    ptep_get_and_clear(ctx, args) {
      const mm = argMm(m, 'ptep_get_and_clear', args, 0);
      const addr = argNum('ptep_get_and_clear', args, 1);
      const { table, index } = argEntry(m, 'ptep_get_and_clear', args, 2, 1);
      checkMm('ptep_get_and_clear', mm, table);
      checkAddr('ptep_get_and_clear', table, index, addr);
      checkPtlHeld(m, ctx, 'ptep_get_and_clear', table, index);
      const old = readEntryRaw(table, index);
      writeEntryRaw(m, table, index, 0n);
      // No TLB flush: other CPUs may keep using the old translation until flush_tlb_range.
      markFlux(m, ctx.tid, pfnOfEntry(old));
      return old;
    },
    set_pte_at(ctx, args) {
      const mm = argMm(m, 'set_pte_at', args, 0);
      const addr = argNum('set_pte_at', args, 1);
      const { table, index } = argEntry(m, 'set_pte_at', args, 2, 1);
      const v = BigInt.asUintN(64, argInt('set_pte_at', args, 3));
      checkMm('set_pte_at', mm, table);
      checkAddr('set_pte_at', table, index, addr);
      checkPtlHeld(m, ctx, 'set_pte_at', table, index);
      const old = readEntryRaw(table, index);
      writeEntryRaw(m, table, index, v);
      markFlux(m, ctx.tid, pfnOfEntry(old));
      markFlux(m, ctx.tid, pfnOfEntry(v));
    },

    flush_tlb_range(ctx, args) {
      const { mm, vma } = argVma(m, 'flush_tlb_range', args, 0);
      const start = argNum('flush_tlb_range', args, 1);
      const end = argNum('flush_tlb_range', args, 2);
      if (end < start) fault('bad-call', `flush_tlb_range: end ${hexn(end)} is below start ${hexn(start)}`);
      if (start < vma.start || end > vma.end) {
        fault('bad-call', `flush_tlb_range: ${hexn(start)}-${hexn(end)} is not inside the vma ${hexn(vma.start)}-${hexn(vma.end)}`);
      }
      for (let cpu = 0; cpu < m.cpus; cpu++) {
        m.tlbs[cpu] = m.tlbs[cpu].filter((e) => !(e.pid === mm.pid && e.vaddr >= start && e.vaddr < end));
      }
    },
    flush_cache_page(ctx, args) {
      // No-op on x86 (physically indexed caches); validated so misuse is still caught. With a
      // virtually indexed cache (memory.cache: vivt) the user lines of the page are written back.
      const { mm, vma } = argVma(m, 'flush_cache_page', args, 0);
      const addr = argNum('flush_cache_page', args, 1);
      if (addr < vma.start || addr >= vma.end) fault('bad-call', `flush_cache_page: ${hexn(addr)} is outside the vma`);
      argInt('flush_cache_page', args, 2);
      const va = Math.floor(addr / 4096) * 4096;
      cacheFlushRange(m, mm.pid, va, va + 4096);
    },
    arch_enter_lazy_mmu_mode(ctx) {
      m.lazyMmu[ctx.tid] = (m.lazyMmu[ctx.tid] ?? 0) + 1;
    },
    arch_leave_lazy_mmu_mode(ctx) {
      const d = m.lazyMmu[ctx.tid] ?? 0;
      if (d <= 0) fault('model', 'arch_leave_lazy_mmu_mode without a matching arch_enter_lazy_mmu_mode');
      if (d === 1) delete m.lazyMmu[ctx.tid];
      else m.lazyMmu[ctx.tid] = d - 1;
    },

    mmu_notifier_invalidate_range_start(ctx, args) {
      const r = notifierArgs(m, ctx, 'mmu_notifier_invalidate_range_start', args);
      // Subscribers (device mirrors) may sleep in their callbacks.
      mightSleep(m, ctx, 'mmu_notifier_invalidate_range_start');
      // C subscriptions (a tree driver's ops->invalidate) run as upcalls, one per call (mmu-notify.ts).
      return rangeStartCallbacks(m, ctx, args.length === 1 ? args[0] : NULL, r, () => {
        r.mm.notifierRanges.push({ tid: ctx.tid, start: r.start, end: r.end });
        invalidateMirrors(m, r.mm.pid, r.start, r.end, r.event, r.owner);
      });
    },
    mmu_notifier_invalidate_range_end(ctx, args) {
      const { mm, start, end } = notifierArgs(m, ctx, 'mmu_notifier_invalidate_range_end', args);
      const k = mm.notifierRanges.findIndex((r) => r.tid === ctx.tid && r.start === start && r.end === end);
      if (k < 0) {
        fault('model', `mmu_notifier_invalidate_range_end(${hexn(start)}, ${hexn(end)}) without a matching range_start in this thread`);
      }
      mm.notifierRanges.splice(k, 1);
    },
  };
}

/**
 * Arguments of the notifier calls in either form: 2016 `(mm, start, end)`, or today's
 * `(struct mmu_notifier_range *)` whose fields are { mm, start, end, event, flags, owner }.
 */
function notifierArgs(m: MmModel, ctx: NativeCtx, fn: string, args: Value[]) {
  const p = args.length === 1 ? argPtr(fn, args, 0) : undefined;
  if (p && p.s === 'c') {
    const at = (k: number) => ctx.load(mkPtr(p.s, p.b, p.i + k));
    const mmv = at(0);
    const mm = argMm(m, `${fn} (range->mm)`, [mmv], 0);
    const start = argNum(`${fn} (range->start)`, [at(1)], 0);
    const end = argNum(`${fn} (range->end)`, [at(2)], 0);
    if (end < start) fault('bad-call', `${fn}: end ${hexn(end)} is below start ${hexn(start)}`);
    return { mm, start, end, event: argInt(fn, [at(3)], 0), owner: at(5) };
  }
  const mm = argMm(m, fn, args, 0);
  const start = argNum(fn, args, 1);
  const end = argNum(fn, args, 2);
  if (end < start) fault('bad-call', `${fn}: end ${hexn(end)} is below start ${hexn(start)}`);
  return { mm, start, end, event: MMU_NOTIFY_CLEAR, owner: NULL as Value };
}
