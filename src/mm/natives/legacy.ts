// Natives with 2016-era (v4.9) semantics that the HMM v13 migration helper calls and today's
// flow does not: try_to_unmap with TTU flags (migration entries in every process mapping the
// page), remove_migration_ptes(old, new, locked), the 5-argument migrate_page of the v13 series,
// lru_cache_add (the 2016 name of folio_add_lru, which 4.9's putback_lru_page used), and the
// alloc_page / copy_highpage that drivers of both flows use, and the 2016 names of the
// device-private swap entries (is_device_entry, make_device_entry, ...: same entries as today's
// *_device_private_entry natives). Prototypes: kernel/include/linux/migrate_legacy.h and
// kernel/include/linux/zone_device_legacy.h. Semantics: kernel-semantics §1.5, §1.10, §4.1, §4.2.
//
// Each native is one atomic step of the model. Where the kernel takes a page-table lock inside
// (try_to_unmap_one, remove_migration_pte), a PTL held by another thread blocks the caller (the
// whole call is retried when it is released; already-converted ptes are skipped on the retry),
// and a PTL held by the caller itself is a self-deadlock.

import { copyPageData } from '../page-bytes';
import type { NativeCtx, NativeTable } from '../../c/native';
import { blocked, type Blocked } from '../../c/native';
import { ptesNaming, writeEntryRaw } from '../pgtable';
import {
  _PAGE_ACCESSED,
  _PAGE_DIRTY,
  _PAGE_RW,
  _PAGE_SOFT_DIRTY,
  _PAGE_SWP_SOFT_DIRTY,
  _PAGE_SWP_UFFD_WP,
  decodePte,
  isDevicePrivateType,
  mkDevicePrivatePte,
  mkMigrationPte,
  mkPresentPte,
  swpEntry,
  swpOffsetPfn,
  swpType,
  SWP_DEVICE_READ,
  SWP_DEVICE_WRITE,
} from '../pte';
import { findVma, MmModel, NO_TID, PageState, PageTable, VM_WRITE } from '../state';
import { pagePtr, type Value } from '../../c/value';
import { allocSystemPage } from './cpu';
import { getRef, putRef } from './page';
import { spinKey } from './pgtable';
import { argInt, argPage, argPtr, fault, hexn, mightSleep, pageName } from './util';
import { cacheFlushRange } from '../cache';
import { touchPage } from '../dirty';

/** 4.9 values, as in kernel/include/linux/migrate_legacy.h. */
export const TTU_MIGRATION = 1n;
export const TTU_IGNORE_ACCESS = 1n << 9n;
const TTU_ACTION_MASK = 0xffn;
export const SWAP_SUCCESS = 0n;
export const SWAP_AGAIN = 1n;
export const SWAP_FAIL = 2n;
const EAGAIN = 11n;

interface Slot {
  table: PageTable;
  index: number;
  addr: number;
  value: bigint;
}

function touch(m: MmModel, pfn: number): void {
  touchPage(m, pfn);
}

/**
 * The PTL of `t` must be free for the rmap walk to take it. Held by the caller: self-deadlock
 * (spinlocks do not nest); held by another thread: the caller spins, i.e. blocks and retries.
 */
function ptlFree(m: MmModel, ctx: NativeCtx, fn: string, t: PageTable): Blocked | undefined {
  const o = m.objs[t.ptl];
  if (!o || o.kind !== 'spinlock') fault('model', `${fn}: the pte table of ${hexn(t.base)} has no spinlock`);
  if (o.holder === NO_TID) return undefined;
  if (o.holder === ctx.tid) fault('deadlock', `${fn}: the rmap walk needs ${o.name}, which this thread already holds`);
  return blocked(spinKey(t.ptl), `${fn}: spinning on ${o.name}`);
}

/** Every pte (all processes) whose entry names `pfn`, filtered by kind: the rmap walk. */
function slotsNaming(m: MmModel, pfn: number, kinds: string[]): Slot[] {
  return ptesNaming(m, pfn).filter((s) => kinds.includes(decodePte(s.value).kind));
}

/** The rmap walk of an anonymous page runs under its page lock (the anon_vma may change otherwise). */
function needLocked(fn: string, page: PageState): void {
  if (!page.locked) fault('bug-on', `${fn}: ${pageName(page)} must be locked`);
}

/** Drop cached translations of (pid, addr) on every CPU (the flush in ptep_clear_flush). */
function flushOne(m: MmModel, pid: number, addr: number): void {
  for (let cpu = 0; cpu < m.cpus; cpu++) m.tlbs[cpu] = m.tlbs[cpu].filter((e) => !(e.pid === pid && e.vaddr === addr));
}

/** The page a device entry names (v13's device_entry_to_page and friends). */
function devicePage(m: MmModel, fn: string, args: Value[]): PageState {
  const e = BigInt.asUintN(64, argInt(fn, args, 0));
  if (!isDevicePrivateType(swpType(e))) fault('bug-on', `${fn}: not a device entry`);
  const pfn = swpOffsetPfn(e);
  const page = m.pages[pfn];
  if (!page) fault('model', `${fn}: the entry names pfn ${hexn(pfn)}, which has no struct page`);
  if (page.freed) fault('use-after-free', `${fn}: the entry names ${pageName(page)}, which has been freed`);
  return page;
}

export function legacyNatives(m: MmModel): NativeTable {
  return {
    // 2016 names of the device-private entries (renamed *_device_private_entry in 4.14).
    is_device_entry(ctx, args) {
      return isDevicePrivateType(swpType(BigInt.asUintN(64, argInt('is_device_entry', args, 0)))) ? 1n : 0n;
    },
    is_write_device_entry(ctx, args) {
      return swpType(BigInt.asUintN(64, argInt('is_write_device_entry', args, 0))) === SWP_DEVICE_WRITE ? 1n : 0n;
    },
    device_entry_to_page(ctx, args) {
      return pagePtr(devicePage(m, 'device_entry_to_page', args).pfn);
    },
    make_device_entry(ctx, args) {
      const page = argPage(m, 'make_device_entry', args, 0);
      if (page.zone !== 'device-private') fault('bug-on', `make_device_entry: ${pageName(page)} is not un-addressable device memory`);
      const write = argInt('make_device_entry', args, 1) !== 0n;
      return swpEntry(write ? SWP_DEVICE_WRITE : SWP_DEVICE_READ, BigInt(page.pfn));
    },
    try_to_unmap(ctx, args) {
      const fn = 'try_to_unmap';
      const page = argPage(m, fn, args, 0);
      const flags = BigInt.asUintN(64, argInt(fn, args, 1));
      if ((flags & TTU_ACTION_MASK) !== TTU_MIGRATION) {
        fault('unsupported', `${fn}: only TTU_MIGRATION is modelled (flags ${hexn(Number(flags))})`);
      }
      needLocked(fn, page);
      // The rmap walk takes the anon_vma rwsem: may sleep.
      mightSleep(m, ctx, fn);
      const slots = slotsNaming(m, page.pfn, ['present', 'device-private']);
      for (const s of slots) {
        const b = ptlFree(m, ctx, fn, s.table);
        if (b) return b;
      }
      for (const s of slots) {
        const d = decodePte(s.value);
        if (d.kind === 'present' && (flags & TTU_IGNORE_ACCESS) === 0n && (s.value & _PAGE_ACCESSED) !== 0n) {
          // Recently used: 4.9 clears the young bit, flushes and gives up on the page.
          writeEntryRaw(m, s.table, s.index, s.value & ~_PAGE_ACCESSED);
          flushOne(m, s.table.pid, s.addr);
          return page.mapcount === 0 ? SWAP_SUCCESS : SWAP_FAIL;
        }
        let mig: bigint;
        if (d.kind === 'present') {
          // flush_cache_page, then ptep_clear_flush: the pte goes and every CPU forgets it.
          cacheFlushRange(m, s.table.pid, s.addr, s.addr + 4096);
          flushOne(m, s.table.pid, s.addr);
          if (s.value & _PAGE_DIRTY) page.dirty = true;
          mig = mkMigrationPte(page.pfn, s.value & _PAGE_RW ? 'write' : 'read', { softDirty: (s.value & _PAGE_SOFT_DIRTY) !== 0n });
        } else {
          // A device-private entry: its write permission decides the migration entry's kind.
          // The soft-dirty bit is read at its swap-format position here (cf. bug 3.6).
          mig = mkMigrationPte(page.pfn, d.bits.includes('write') ? 'write' : 'read', {
            softDirty: (s.value & _PAGE_SWP_SOFT_DIRTY) !== 0n,
          });
        }
        writeEntryRaw(m, s.table, s.index, mig);
        // page_remove_rmap + put_page of the reference the pte held.
        if (page.mapcount <= 0) fault('model', `${fn}: ${pageName(page)} is mapped at ${hexn(s.addr)} but its mapcount is ${page.mapcount}`);
        page.mapcount--;
        putRef(m, page, fn);
      }
      touch(m, page.pfn);
      return page.mapcount === 0 ? SWAP_SUCCESS : SWAP_AGAIN;
    },

    remove_migration_ptes(ctx, args) {
      const fn = 'remove_migration_ptes';
      const old = argPage(m, fn, args, 0);
      const nw = argPage(m, fn, args, 1);
      argInt(fn, args, 2);
      needLocked(fn, nw);
      mightSleep(m, ctx, fn);
      const slots = slotsNaming(m, old.pfn, ['migration']);
      for (const s of slots) {
        const b = ptlFree(m, ctx, fn, s.table);
        if (b) return b;
      }
      for (const s of slots) {
        const d = decodePte(s.value);
        const mm = m.mms[s.table.pid];
        const vma = mm ? findVma(mm, s.addr) : undefined;
        if (!vma) fault('model', `${fn}: migration entry at pid ${s.table.pid} ${hexn(s.addr)} lies outside every vma`);
        const write = d.mode === 'write';
        const softDirty = (s.value & _PAGE_SWP_SOFT_DIRTY) !== 0n;
        let pte: bigint;
        if (nw.zone === 'device-private') {
          // Un-addressable memory: the CPU pte becomes a device-private entry (§1.5).
          pte = mkDevicePrivatePte(nw.pfn, write && (vma.flags & VM_WRITE) !== 0, { softDirty });
        } else {
          pte = mkPresentPte(nw.pfn, {
            write: write && (vma.flags & VM_WRITE) !== 0,
            young: d.bits.includes('young'),
            dirty: d.bits.includes('dirty') && nw.dirty,
            softDirty,
            uffdWp: !write && (s.value & _PAGE_SWP_UFFD_WP) !== 0n,
          });
        }
        getRef(nw, fn);
        nw.mapcount++;
        if (nw.anon && d.mode !== 'read') nw.anonExclusive = true;
        writeEntryRaw(m, s.table, s.index, pte);
      }
      touch(m, old.pfn);
      touch(m, nw.pfn);
    },

    migrate_page(ctx, args) {
      const fn = 'migrate_page';
      const mapping = argPtr(fn, args, 0);
      const nw = argPage(m, fn, args, 1);
      const page = argPage(m, fn, args, 2);
      argInt(fn, args, 3);
      const copy = argInt(fn, args, 4) !== 0n;
      if (mapping.s !== 'null') fault('unsupported', `${fn}: file-backed pages (a non-NULL mapping) are not modelled`);
      if (nw === page) fault('bad-call', `${fn}: newpage and page are the same ${pageName(page)}`);
      needLocked(fn, page);
      needLocked(fn, nw);
      if (page.mapcount !== 0) fault('bug-on', `${fn}: ${pageName(page)} is still mapped (mapcount ${page.mapcount})`);
      // migrate_page_move_mapping without a mapping: only the caller's (isolation) reference.
      if (page.refcount !== 1) return -EAGAIN;
      nw.mapping = page.mapping;
      nw.anon = page.anon;
      nw.index = page.index;
      // migrate_page_copy / migrate_page_states: flags move to the new page.
      if (page.dirty) {
        nw.dirty = true;
        page.dirty = false;
      }
      nw.uptodate = page.uptodate;
      if (page.memcg) nw.memcg = true;
      if (copy) {
        nw.content = page.content;
        copyPageData(nw, page);
      }
      touch(m, page.pfn);
      touch(m, nw.pfn);
      return 0n;
    },

    // Shared with today's flow (kernel/mm/migrate_device.c and the dmirror driver use them too).
    alloc_page(ctx, args) {
      argInt('alloc_page', args, 0);
      return pagePtr(allocSystemPage(m).pfn);
    },
    copy_highpage(ctx, args) {
      const to = argPage(m, 'copy_highpage', args, 0);
      const from = argPage(m, 'copy_highpage', args, 1);
      to.content = from.content;
      copyPageData(to, from);
      touch(m, to.pfn);
    },

    lru_cache_add(ctx, args) {
      const page = argPage(m, 'lru_cache_add', args, 0);
      if (page.lru !== 'none') fault('bug-on', `lru_cache_add: ${pageName(page)} is already ${page.lru === 'lru' ? 'on the LRU' : page.lru}`);
      if (page.zone !== 'ram') fault('bug-on', `lru_cache_add: ${pageName(page)} is ZONE_DEVICE memory, which is never on an LRU`);
      const batch = m.lruBatch[ctx.cpu];
      if (!batch) fault('model', `lru_cache_add: CPU ${ctx.cpu} does not exist`);
      getRef(page, 'lru_cache_add');
      batch.push(page.pfn);
      page.lru = 'batch';
      page.batchCpu = ctx.cpu;
      touch(m, page.pfn);
    },
  };
}
