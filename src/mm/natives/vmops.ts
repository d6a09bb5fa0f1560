// Address-space operations a scenario's threads run against a process while (or after) pages
// migrate: fork with copy-on-write, mprotect, munmap, mremap, madvise(DONTNEED / FREE), GUP
// pins, and the end-of-run leak check. They are natives (one step each) because they are not
// the code under review; what they do to ptes, references, TLBs and device mirrors follows the
// kernel (kernel-semantics §1.3(7), §2): fork write-protects private anonymous pages in both
// processes, copies device-private entries write-protected and migration entries as read-only
// entries; zapping flushes the TLB only if it cleared a present pte (the mmu_gather rule that
// made upstream bug 3.1 possible); each operation notifies device mirrors.

import type { NativeCtx, NativeTable } from '../../c/native';
import { blocked } from '../../c/native';
import { objPtr, pagePtr, type Value } from '../../c/value';
import { quiescentProblems, reportViolation } from '../invariants';
import { pteTableFor, readEntryRaw, writeEntryRaw } from '../pgtable';
import {
  decodePte,
  swpEntry,
  swpEntryToPte,
  SWP_DEVICE_EXCLUSIVE,
  _PAGE_SOFT_DIRTY,
  _PAGE_UFFD_WP,
  mkMigrationPte,
  mkDevicePrivatePte,
  ptePresent,
  _PAGE_DIRTY,
  _PAGE_RW,
  _PAGE_SWP_SOFT_DIRTY,
  _PAGE_SWP_UFFD_WP,
} from '../pte';
import { allocId, MmModel, MmState, NO_TID, PageTable, VmaState, VM_READ, VM_SHARED, VM_WRITE, VM_EXEC, ZERO_PFN, tableIndex } from '../state';
import { flushTlbAddr } from './cpu';
import { invalidateMirrors, MMU_NOTIFY_CLEAR, MMU_NOTIFY_EXCLUSIVE, MMU_NOTIFY_PROTECTION_VMA, MMU_NOTIFY_UNMAP } from './device';
import { putRef } from './page';
import { gupGrab } from './gup';
import { mmapKey } from './mmap';
import { spinKey } from './pgtable';
import { argInt, argMm, argNum, argPage, fault, hexn, pageDown, pageName } from './util';
import { NULL } from '../../c/value';
import { cacheFlushRange } from '../cache';
import { pteTablesIn, populatedPtes } from '../sparse-walk';
import { touchPage } from '../dirty';
import { dupMm } from './fork-mm';
import { hugeLeavesIn, VM_HUGETLB } from '../huge';
import { endOpRange, opRangeStart } from './mmu-notify';
import { releaseVma, splitAt, splitProblem } from './vmops-split';
import { zapHugeLeaves } from './huge-zap';

export { dupMm, exclusiveLocked } from './fork-mm';

const ENOMEM = 12n;
const EINVAL = 22n;
const EFAULT = 14n;
const EACCES = 13n;
/** VM_MAYREAD: the vma tracks which accesses it may get (VM_MAY* = VM_READ.. << 4). */
const VM_MAYREAD = 0x10;
export const MADV_DONTNEED = 4n;
export const MADV_FREE = 8n;
const PAGE = 4096;

/** Block if a thread other than the caller holds the mmap lock in a conflicting mode. */
function mmapBusy(mm: MmState, tid: number, write: boolean): boolean {
  const l = mm.mmapLock;
  if (l.writer !== NO_TID && l.writer !== tid) return true;
  return write && l.readers.some((r) => r !== tid);
}

/** A PTL in [start, end) of mm held by another thread (the operation must wait for it). */
function busyPtl(m: MmModel, mm: MmState, tid: number, start: number, end: number): number | undefined {
  // Only the tables that exist (sparse-walk.ts): a huge range costs its populated part.
  for (const t of pteTablesIn(m, mm.pid, start, end)) {
    const o = m.objs[t.ptl];
    if (o && o.kind === 'spinlock' && o.holder !== NO_TID && o.holder !== tid) return t.ptl;
  }
  return undefined;
}

function eachPte(m: MmModel, pid: number, start: number, end: number, f: (t: PageTable, i: number, addr: number, v: bigint) => void): void {
  for (const s of populatedPtes(m, pid, start, end)) {
    // read again: f may have changed entries after the one it was called for
    const v = readEntryRaw(s.table!, s.index);
    if (v !== 0n) f(s.table!, s.index, s.addr, v);
  }
}

/**
 * Unmap [start, end) of mm: drop every mapping's reference; flush only what was present. With
 * `notify` the model's device mirrors are told first (MMU_NOTIFY_CLEAR); a caller that started
 * a notifier range of its own passes false.
 */
export function zapRange(m: MmModel, mm: MmState, start: number, end: number, notify = true): void {
  if (notify) invalidateMirrors(m, mm.pid, start, end, MMU_NOTIFY_CLEAR, NULL);
  // tlb_start_vma: flush_cache_range before the ptes go (virtually indexed caches)
  cacheFlushRange(m, mm.pid, start, end);
  let flush = zapHugeLeaves(m, mm, start, end);
  eachPte(m, mm.pid, start, end, (t, i, addr, v) => {
    const d = decodePte(v);
    writeEntryRaw(m, t, i, 0n);
    delete m.written[`${mm.pid}:${addr}`];
    if (d.kind === 'present') flush = true;
    if (d.pfn === undefined || d.pfn === ZERO_PFN || d.kind === 'migration' || d.kind === 'swap') return;
    const page = m.pages[d.pfn];
    if (!page) return;
    page.mapcount--;
    if (page.mapcount === 0) page.anonExclusive = false;
    if (page.anon) mm.rssAnon--;
    putRef(m, page, 'zap_pte_range');
  });
  if (flush) flushTlbAddr(m, mm.pid, start, end);
}

function range(fn: string, args: Value[], i: number): { start: number; end: number } {
  const start = argNum(fn, args, i);
  const len = argNum(fn, args, i + 1);
  if (start % PAGE) fault('bad-call', `${fn}: ${hexn(start)} is not page-aligned`);
  return { start, end: start + Math.ceil(len / PAGE) * PAGE };
}

function covered(mm: MmState, start: number, end: number): boolean {
  for (let a = start; a < end; ) {
    const v = mm.vmas.find((x) => a >= x.start && a < x.end);
    if (!v) return false;
    a = v.end;
  }
  return true;
}

export function vmopsNatives(m: MmModel): NativeTable {
  const waitFor = (ctx: NativeCtx, fn: string, mm: MmState, write: boolean, start: number, end: number) => {
    if (mmapBusy(mm, ctx.tid, write)) return blocked(mmapKey(mm.pid), `${fn}: mmap lock of pid ${mm.pid}`);
    const ptl = busyPtl(m, mm, ctx.tid, start, end);
    if (ptl !== undefined) return blocked(spinKey(ptl), `${fn}: page-table lock`);
    return undefined;
  };

  /**
   * Start the notifier range of an operation on [start, end): the model's own mirrors at once
   * ('go'), or C subscriptions through mmstep_notify_range_start (an upcall; the native is
   * called again with the range open). Linux starts it before the ptes change.
   */
  const notify = (ctx: NativeCtx, fn: string, mm: MmState, start: number, end: number, event: bigint, owner: Value = NULL) => {
    const r = opRangeStart(m, ctx, fn, mm, start, end, event, owner);
    if (r === 'plain') invalidateMirrors(m, mm.pid, start, end, event, owner);
    return r === 'plain' || r === 'started' ? undefined : r;
  };

  return {
    fork_mm(ctx, args) {
      const parent = argMm(m, 'fork_mm', args, 0);
      const w = waitFor(ctx, 'fork_mm', parent, true, 0, 0);
      if (w) return w;
      return objPtr(dupMm(m, parent).obj);
    },

    mprotect_mm(ctx, args) {
      // (mm, start, len, prot) with PROT_READ 1, PROT_WRITE 2, PROT_EXEC 4.
      const mm = argMm(m, 'mprotect_mm', args, 0);
      const { start, end } = range('mprotect_mm', args, 1);
      const prot = argInt('mprotect_mm', args, 3);
      const w = waitFor(ctx, 'mprotect_mm', mm, true, start, end);
      if (w) return w;
      if (!covered(mm, start, end)) return -ENOMEM;
      if (splitProblem(m, mm, start, end)) return -EINVAL;
      // mprotect_fixup: an access the vma may not get (no VM_MAY* bit for it: a shared mapping
      // of a file open read-only) is -EACCES. Only file vmas carry VM_MAY* in the model
      // (file-mmap.ts); anonymous ones may get every access.
      const want = (prot & 1n ? VM_READ : 0) | (prot & 2n ? VM_WRITE : 0) | (prot & 4n ? VM_EXEC : 0);
      for (const v of mm.vmas) {
        if (v.end > start && v.start < end && v.flags & VM_MAYREAD && want & ~(v.flags >> 4) & (VM_READ | VM_WRITE | VM_EXEC)) return -EACCES;
      }
      // change_pmd_range: the notifier range first (PROTECTION_VMA), then the ptes
      const u = notify(ctx, 'mprotect_mm', mm, start, end, MMU_NOTIFY_PROTECTION_VMA);
      if (u) return u;
      // change_protection: flush_cache_range first
      cacheFlushRange(m, mm.pid, start, end);
      splitAt(m, mm, start);
      splitAt(m, mm, end);
      const flags = (prot & 1n ? VM_READ : 0) | (prot & 2n ? VM_WRITE : 0) | (prot & 4n ? VM_EXEC : 0);
      // only the access bits change (VM_SHARED, VM_MAY*, VM_MIXEDMAP stay)
      for (const v of mm.vmas) if (v.start >= start && v.end <= end) v.flags = (v.flags & ~(VM_READ | VM_WRITE | VM_EXEC)) | flags;
      if (!(prot & 2n)) {
        // change_huge_pmd / hugetlb_change_protection: a huge pmd loses its write bit whole
        for (const h of hugeLeavesIn(m, mm.pid, start, end)) if (h.value & _PAGE_RW) writeEntryRaw(m, h.table, h.index, h.value & ~_PAGE_RW);
        eachPte(m, mm.pid, start, end, (t, i, addr, v) => {
          const d = decodePte(v);
          let nv = v;
          if (d.kind === 'present') nv = v & ~_PAGE_RW;
          else if (d.kind === 'migration' && d.mode === 'write') {
            nv = mkMigrationPte(d.pfn!, 'read', { softDirty: (v & _PAGE_SWP_SOFT_DIRTY) !== 0n, uffdWp: (v & _PAGE_SWP_UFFD_WP) !== 0n });
          } else if (d.kind === 'device-private' && d.bits.includes('write')) {
            nv = mkDevicePrivatePte(d.pfn!, false, { softDirty: (v & _PAGE_SWP_SOFT_DIRTY) !== 0n }) | (v & _PAGE_SWP_UFFD_WP);
          }
          if (nv !== v) writeEntryRaw(m, t, i, nv);
        });
      }
      flushTlbAddr(m, mm.pid, start, end);
      endOpRange(m, ctx, mm, start, end);
      return 0n;
    },

    mmap_mm(ctx, args) {
      // (mm, addr, len, prot, flags): MAP_FIXED anonymous mapping; flags bit 0 = MAP_SHARED,
      // bit 1 = file-backed (a private mapping of an empty file). -ENOMEM if it overlaps.
      const mm = argMm(m, 'mmap_mm', args, 0);
      const { start, end } = range('mmap_mm', args, 1);
      const prot = argInt('mmap_mm', args, 3);
      const flags = argInt('mmap_mm', args, 4);
      const w = waitFor(ctx, 'mmap_mm', mm, true, start, end);
      if (w) return w;
      if (end <= start || mm.vmas.some((v) => v.start < end && start < v.end)) return -ENOMEM;
      const vflags = (prot & 1n ? VM_READ : 0) | (prot & 2n ? VM_WRITE : 0) | (prot & 4n ? VM_EXEC : 0) | (flags & 1n ? VM_SHARED : 0);
      const obj = allocId(m);
      m.objs[obj] = { kind: 'vma', pid: mm.pid, start };
      mm.vmas.push({ obj, start, end, flags: vflags, anonymous: (flags & 2n) === 0n });
      mm.vmas.sort((a, b) => a.start - b.start);
      return BigInt(start);
    },

    munmap_mm(ctx, args) {
      const mm = argMm(m, 'munmap_mm', args, 0);
      const { start, end } = range('munmap_mm', args, 1);
      const w = waitFor(ctx, 'munmap_mm', mm, true, start, end);
      if (w) return w;
      if (splitProblem(m, mm, start, end)) return -EINVAL;
      // unmap_vmas: MMU_NOTIFY_UNMAP over the range before the ptes go (the driver's
      // invalidate drops its mirror of the pages, which are freed next)
      const u = notify(ctx, 'munmap_mm', mm, start, end, MMU_NOTIFY_UNMAP);
      if (u) return u;
      splitAt(m, mm, start);
      splitAt(m, mm, end);
      zapRange(m, mm, start, end, false);
      flushTlbAddr(m, mm.pid, start, end);
      endOpRange(m, ctx, mm, start, end);
      mm.vmas = mm.vmas.filter((v) => {
        if (v.start >= start && v.end <= end) {
          releaseVma(m, v);
          return false;
        }
        return true;
      });
      return 0n;
    },

    madvise_mm(ctx, args) {
      const mm = argMm(m, 'madvise_mm', args, 0);
      const { start, end } = range('madvise_mm', args, 1);
      const advice = argInt('madvise_mm', args, 3);
      const w = waitFor(ctx, 'madvise_mm', mm, false, start, end);
      if (w) return w;
      if (!covered(mm, start, end)) return -ENOMEM;
      if (advice === MADV_DONTNEED) {
        // zap_page_range_single: MMU_NOTIFY_CLEAR
        const u = notify(ctx, 'madvise_mm', mm, start, end, MMU_NOTIFY_CLEAR);
        if (u) return u;
        zapRange(m, mm, start, end, false);
        endOpRange(m, ctx, mm, start, end);
        return 0n;
      }
      if (advice === MADV_FREE) {
        // Lazy free: clean anonymous pages may be discarded by reclaim later; the data stays
        // until then. The dirty bits are cleared (so a later write re-dirties the page).
        let flush = false;
        eachPte(m, mm.pid, start, end, (t, i, addr, v) => {
          const d = decodePte(v);
          if (d.kind !== 'present' || !m.pages[d.pfn!]) return;
          const page = m.pages[d.pfn!];
          if (!page.anon || page.mapcount !== 1) return;
          page.dirty = false;
          if (v & _PAGE_DIRTY) {
            writeEntryRaw(m, t, i, v & ~_PAGE_DIRTY);
            flush = true;
          }
        });
        if (flush) flushTlbAddr(m, mm.pid, start, end);
        return 0n;
      }
      return -EINVAL;
    },

    mremap_mm(ctx, args) {
      // (mm, old, len, new): move [old, old+len) to new (MREMAP_FIXED|MREMAP_MAYMOVE).
      const mm = argMm(m, 'mremap_mm', args, 0);
      const { start, end } = range('mremap_mm', args, 1);
      const to = argNum('mremap_mm', args, 3);
      const w = waitFor(ctx, 'mremap_mm', mm, true, start, end);
      if (w) return w;
      if (!covered(mm, start, end) || to % PAGE) return -EINVAL;
      if (mm.vmas.some((v) => v.start < to + (end - start) && to < v.end)) return -ENOMEM;
      if (mm.vmas.some((v) => v.start < end && start < v.end && v.flags & VM_HUGETLB) || hugeLeavesIn(m, mm.pid, start, end).length) {
        fault('unsupported', 'mremap of a huge page mapping (hugetlb or a transparent huge page: move_huge_pmd) is not modelled yet');
      }
      // move_page_tables: MMU_NOTIFY_UNMAP of the old range
      const u = notify(ctx, 'mremap_mm', mm, start, end, MMU_NOTIFY_UNMAP);
      if (u) return u;
      // flush_cache_range of the old range first
      cacheFlushRange(m, mm.pid, start, end);
      splitAt(m, mm, start);
      splitAt(m, mm, end);
      const moved: VmaState[] = mm.vmas.filter((v) => v.start >= start && v.end <= end);
      eachPte(m, mm.pid, start, end, (t, i, addr, v) => {
        const na = to + (addr - start);
        const nt = pteTableFor(m, mm.pid, na, true)!;
        writeEntryRaw(m, t, i, 0n);
        writeEntryRaw(m, nt, tableIndex(1, na), v);
        const k = `${mm.pid}:${addr}`;
        if (m.written[k] !== undefined) {
          m.written[`${mm.pid}:${na}`] = m.written[k];
          delete m.written[k];
        }
      });
      flushTlbAddr(m, mm.pid, start, end);
      for (const v of moved) {
        const d = v.start - start;
        v.end = to + d + (v.end - v.start);
        v.start = to + d;
        const o = m.objs[v.obj];
        if (o && o.kind === 'vma') o.start = v.start;
      }
      mm.vmas.sort((a, b) => a.start - b.start);
      endOpRange(m, ctx, mm, start, end);
      return BigInt(to);
    },

    gup_try_pin(ctx, args) {
      // (mm, addr, write, longterm, struct page **pagep): 0 pinned, 1 fault needed, -EFAULT,
      // 2 = FOLL_LONGTERM on device-coherent memory (must be migrated out first; no reference
      // is kept: kernel/mm/gup.c refuses it with -EBUSY).
      const mm = argMm(m, 'gup_try_pin', args, 0);
      const addr = pageDown(argNum('gup_try_pin', args, 1));
      const write = argInt('gup_try_pin', args, 2) !== 0n;
      const longterm = argInt('gup_try_pin', args, 3) !== 0n;
      return gupGrab(m, ctx, mm, addr, write, true, longterm, args[4], false);
    },
    unpin_user_page(ctx, args) {
      const page = argPage(m, 'unpin_user_page', args, 0);
      if (page.pins <= 0) fault('bug-on', `unpin_user_page: ${pageName(page)} is not pinned`);
      page.pins--;
      putRef(m, page, 'unpin_user_page');
    },

    make_device_exclusive_try(ctx, args) {
      // (mm, addr, owner, struct folio **foliop): 0 with the folio locked and referenced and
      // its pte a device-exclusive entry; 1 if the page must first be faulted in writable;
      // -EBUSY if its lock is taken. The mapping keeps counting in mapcount (6.14+).
      const mm = argMm(m, 'make_device_exclusive_try', args, 0);
      const addr = pageDown(argNum('make_device_exclusive_try', args, 1));
      const owner = args[2] ?? NULL;
      const out = args[3];
      const t = pteTableFor(m, mm.pid, addr);
      const i = tableIndex(1, addr);
      const pte = t ? readEntryRaw(t, i) : 0n;
      // Called again after mmstep_notify_range_start ran the C subscriptions: the folio is
      // locked and referenced by this thread already (page_make_device_exclusive_one holds it).
      const started = m.mmuOps?.[ctx.tid];
      if (started) {
        const d0 = ptePresent(pte) && (pte & _PAGE_RW) !== 0n ? decodePte(pte) : undefined;
        if (d0?.pfn !== started.pfn) {
          // the pte changed under the open range: give the folio back, the caller retries
          const prev = m.pages[started.pfn!];
          endOpRange(m, ctx, mm, addr, addr + PAGE);
          prev.locked = false;
          prev.lockOwner = NO_TID;
          ctx.wake(`page-lock:${prev.pfn}`);
          putRef(m, prev, 'make_device_exclusive');
          return 1n;
        }
      }
      if (!ptePresent(pte) || (pte & _PAGE_RW) === 0n) return 1n;
      const d = decodePte(pte);
      const page = m.pages[d.pfn!];
      if (!page || !page.anon) return -14n;
      const o = m.objs[t!.ptl];
      if (o && o.kind === 'spinlock' && o.holder !== NO_TID) return blocked(spinKey(t!.ptl), 'make_device_exclusive: page-table lock');
      if (!started) {
        if (page.locked) return -16n;
        page.locked = true;
        page.lockOwner = ctx.tid;
        page.refcount++;
        touchPage(m, page.pfn);
      }
      // MMU_NOTIFY_EXCLUSIVE with the caller's owner, before the pte changes
      const u = notify(ctx, 'make_device_exclusive_try', mm, addr, addr + PAGE, MMU_NOTIFY_EXCLUSIVE, owner);
      if (u) {
        m.mmuOps![ctx.tid].pfn = page.pfn;
        return u;
      }
      let entry = swpEntryToPte(swpEntry(SWP_DEVICE_EXCLUSIVE, BigInt(page.pfn)));
      if (pte & _PAGE_SOFT_DIRTY) entry |= _PAGE_SWP_SOFT_DIRTY;
      if (pte & _PAGE_UFFD_WP) entry |= _PAGE_SWP_UFFD_WP;
      if (pte & _PAGE_DIRTY) page.dirty = true;
      cacheFlushRange(m, mm.pid, addr, addr + PAGE);
      writeEntryRaw(m, t!, i, entry);
      flushTlbAddr(m, mm.pid, addr, addr + PAGE);
      endOpRange(m, ctx, mm, addr, addr + PAGE);
      if (out && typeof out === 'object' && out.t === 'p' && out.s !== 'null') ctx.store(out, pagePtr(page.pfn));
      return 0n;
    },

    mm_check_quiescent() {
      // End-of-run leak check (invariants.ts quiescentProblems); each problem is a 'leak'.
      const problems = quiescentProblems(m);
      for (const p of problems) reportViolation(m, 'leak', p);
      return BigInt(problems.length);
    },
    mm_set_dying(ctx, args) {
      argMm(m, 'mm_set_dying', args, 0).dying = argInt('mm_set_dying', args, 1) !== 0n;
    },
  };
}

export { ENOMEM, EFAULT };
