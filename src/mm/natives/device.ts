// ZONE_DEVICE memory: a driver's `struct dev_pagemap` (memremap_pages) with its pool of device
// pages, device-page allocation / initialisation / freeing (the pgmap page_free callback hands a
// page whose last reference is dropped back to the pool), page contents (copy_highpage,
// clear_highpage), and the driver-side structures dmirror uses: an xarray for the device page
// table and an interval MMU notifier that keeps it coherent (kernel-semantics §2.1).
//
// For kernel/'s driver the model performs the parts that are callbacks from deep inside core mm
// (page free, the notifier's invalidate: invalidateMirrors) itself; the parts a reviewer steps
// through (allocation, copy, mirror updates, migrate_to_ram) stay C in kernel/drivers/test_hmm.c.
// A kernel tree's driver registers its own C invalidate callback, which the notifier natives run
// as C (mmu-notify.ts).

import { clearPageData } from '../page-bytes';
import { MAX_DEVICE_PAGES, pagesAsSize } from '../limits';
import { queuePageFree } from './page-free-calls';
import type { NativeTable } from '../../c/native';
import { NULL, isPtr, objPtr, pagePtr, ptrEq, type Value } from '../../c/value';
import { xaDelRange, xaPut, xaDel } from '../xarray-order';
import { MmModel, newPage, PageState, PgmapObj, XarrayObj, NotifierObj, allocId } from '../state';
import { ptesNaming } from '../pgtable';
import { argInt, argMm, argNum, argPage, argPageRead, argPtr, bool, fault, hexn, pageName } from './util';
import { touchVa } from '../dirty';

/** enum memory_type values (include/linux/memremap.h). */
export const MEMORY_DEVICE_PRIVATE = 1n;
export const MEMORY_DEVICE_COHERENT = 2n;

/** enum mmu_notifier_event values used by the model (include/linux/mmu_notifier.h). */
export const MMU_NOTIFY_UNMAP = 0n;
export const MMU_NOTIFY_CLEAR = 1n;
export const MMU_NOTIFY_PROTECTION_VMA = 2n;
export const MMU_NOTIFY_MIGRATE = 6n;
export const MMU_NOTIFY_EXCLUSIVE = 7n;

export function pgmapOf(m: MmModel, page: PageState): PgmapObj | undefined {
  const o = page.pgmap >= 0 ? m.objs[page.pgmap] : undefined;
  return o && o.kind === 'pgmap' ? o : undefined;
}

/** page_free: the last reference of a device page is gone; it returns to the driver's pool. */
export function devicePageFree(m: MmModel, page: PageState): void {
  const pg = pgmapOf(m, page);
  if (!pg) fault('model', `${pageName(page)} is a device page without a pgmap`);
  page.freed = true;
  page.mapping = 'none';
  page.anon = false;
  page.anonExclusive = false;
  page.dirty = false;
  if (pg.pageFree !== undefined) {
    // A tree driver's C page_free (dmirror_devmem_free) reads zone_device_data (the backing
    // page) and keeps its own free list: it runs when the native returns (page-free-calls.ts).
    queuePageFree(m, page.pfn);
    return;
  }
  page.zoneDeviceData = NULL;
  if (!page.inPool) {
    page.inPool = true;
    pg.free.push(page.pfn);
  }
}

function argPgmap(m: MmModel, fn: string, args: Value[], i: number): PgmapObj {
  const p = argPtr(fn, args, i);
  if (p.s === 'null') fault('null-deref', `${fn}: NULL dev_pagemap`);
  const o = p.s === 'obj' ? m.objs[p.b] : undefined;
  if (!o || o.kind !== 'pgmap') fault('bad-call', `${fn}: argument ${i + 1} is not a struct dev_pagemap`);
  return o;
}

function argXa(m: MmModel, fn: string, args: Value[], i: number): XarrayObj {
  const p = argPtr(fn, args, i);
  if (p.s === 'null') fault('null-deref', `${fn}: NULL xarray`);
  const o = p.s === 'obj' ? m.objs[p.b] : undefined;
  if (!o || o.kind !== 'xarray') fault('bad-call', `${fn}: argument ${i + 1} is not an xarray made by xa_create`);
  return o;
}

export function argNotifier(m: MmModel, fn: string, args: Value[], i: number): NotifierObj {
  const p = argPtr(fn, args, i);
  if (p.s === 'null') fault('null-deref', `${fn}: NULL mmu_interval_notifier`);
  const o = p.s === 'obj' ? m.objs[p.b] : undefined;
  if (!o || o.kind !== 'notifier') fault('bad-call', `${fn}: argument ${i + 1} is not an mmu_interval_notifier`);
  return o;
}

/**
 * Run every interval notifier of `pid` overlapping [start, end): the dmirror invalidate
 * callback. A MIGRATE event whose owner is the subscriber's own is skipped (the driver updates
 * its table itself in finalize_and_map); anything else erases the mirror's entries.
 */
export function invalidateMirrors(m: MmModel, pid: number, start: number, end: number, event: bigint, owner: Value): void {
  const mm = m.mms[pid];
  for (const id of mm?.subscribers ?? []) {
    const sub = m.objs[id];
    if (!sub || sub.kind !== 'notifier') continue;
    if (end <= sub.start || start >= sub.end) continue;
    sub.seq += 2;
    sub.invalidations++;
    if (event === MMU_NOTIFY_MIGRATE && sameOwner(owner, sub.owner)) continue;
    const xa = m.objs[sub.xa];
    if (!xa || xa.kind !== 'xarray') continue;
    // By the mirror's entries, not by address: the range may be the whole address space.
    const lo = Math.max(start, sub.start) / 4096;
    const hi = Math.min(end, sub.end) / 4096;
    xaDelRange(xa, Math.ceil(lo), Math.ceil(hi));
  }
}

export function sameOwner(a: Value, b: Value): boolean {
  if (isPtr(a) && isPtr(b)) return ptrEq(a, b);
  return typeof a === 'bigint' && typeof b === 'bigint' && a === b;
}

export function deviceNatives(m: MmModel): NativeTable {
  return {
    memremap_device_pages(ctx, args) {
      // The model's memremap_pages(): `npages` ZONE_DEVICE struct pages of the given type,
      // owned by `owner`, all free in the driver's pool (refcount 0 since ef233450898f).
      const type = argInt('memremap_device_pages', args, 0);
      if (type !== MEMORY_DEVICE_PRIVATE && type !== MEMORY_DEVICE_COHERENT) {
        fault('bad-call', `memremap_device_pages: type ${type} is neither MEMORY_DEVICE_PRIVATE nor MEMORY_DEVICE_COHERENT`);
      }
      const ops = args[1] ?? NULL;
      const owner = args[2] ?? NULL;
      const npages = argNum('memremap_device_pages', args, 3);
      if (npages <= 0) fault('bad-call', `memremap_device_pages: bad page count ${npages}`);
      // Every struct page of a pool is built now: bound the pools together (limits.ts).
      const pooled = Object.values(m.objs).reduce((n, o) => n + (o.kind === 'pgmap' ? o.npages : 0), 0);
      if (pooled + npages > MAX_DEVICE_PAGES) {
        fault('bad-call', `memremap_device_pages: ${npages.toLocaleString('en-US')} pages would make ${(pooled + npages).toLocaleString('en-US')} device pages, more than the limit of ${MAX_DEVICE_PAGES.toLocaleString('en-US')} (${pagesAsSize(MAX_DEVICE_PAGES)})`);
      }
      const id = allocId(m);
      const ndev = Object.values(m.objs).filter((o) => o.kind === 'pgmap').length;
      const firstPfn = m.nextDevPfn;
      m.nextDevPfn += Math.ceil(npages / 512) * 512 + 512;
      const zone = type === MEMORY_DEVICE_PRIVATE ? 'device-private' : 'device-coherent';
      const pg: PgmapObj = { kind: 'pgmap', name: `dev${ndev}`, type: zone, owner, ops, firstPfn, npages, free: [], failNext: false };
      m.objs[id] = pg;
      for (let k = 0; k < npages; k++) {
        const pfn = firstPfn + k;
        m.pages[pfn] = newPage(pfn, { zone, owner: pg.name, freed: true, pgmap: id, pristine: true, inPool: true });
      }
      // Hand pages out lowest pfn first.
      for (let k = npages - 1; k >= 0; k--) pg.free.push(firstPfn + k);
      return objPtr(id);
    },
    devmem_alloc_page(ctx, args) {
      // Pop a free page from the driver's pool (dmirror_devmem_alloc_page); NULL when empty.
      const pg = argPgmap(m, 'devmem_alloc_page', args, 0);
      const pfn = pg.free.pop();
      if (pfn === undefined) return NULL;
      delete m.pages[pfn].inPool;
      return pagePtr(pfn);
    },
    devmem_free_count(ctx, args) {
      return BigInt(argPgmap(m, 'devmem_free_count', args, 0).free.length);
    },
    zone_device_page_init(ctx, args) {
      // refcount := 1, PG_locked taken by the caller (kernel-semantics §4.1).
      const page = argPage(m, 'zone_device_page_init', args, 0, true);
      if (page.pgmap < 0) fault('bug-on', `zone_device_page_init: ${pageName(page)} is not a ZONE_DEVICE page`);
      if (!page.freed || page.refcount !== 0) fault('bug-on', `zone_device_page_init: ${pageName(page)} is in use (refcount ${page.refcount})`);
      const pg = pgmapOf(m, page)!;
      if (page.inPool) {
        // initialised without going through devmem_alloc_page: take it off the free list
        pg.free.splice(pg.free.lastIndexOf(page.pfn), 1);
        delete page.inPool;
      }
      delete page.pristine;
      page.freed = false;
      page.refcount = 1;
      page.locked = true;
      page.lockOwner = ctx.tid;
      page.content = '0';
      clearPageData(page);
    },
    page_pgmap(ctx, args) {
      const page = argPage(m, 'page_pgmap', args, 0);
      if (page.pgmap < 0) fault('bug-on', `page_pgmap: ${pageName(page)} is not a ZONE_DEVICE page`);
      return objPtr(page.pgmap);
    },
    is_device_coherent_page(ctx, args) {
      return bool(argPageRead(m, 'is_device_coherent_page', args, 0).zone === 'device-coherent');
    },
    clear_highpage(ctx, args) {
      const page = argPage(m, 'clear_highpage', args, 0);
      page.content = '0';
      clearPageData(page);
    },
    page_content(ctx, args) {
      // Reads the page's data as a number (what `*(unsigned long *)kmap(page)` would give);
      // non-numeric scenario tags read as -2.
      const c = argPage(m, 'page_content', args, 0).content;
      return /^-?\d+$/.test(c) ? BigInt(c) : -2n;
    },
    page_set_content(ctx, args) {
      // A device (or kernel) write into the page: it is now what every mapping reads, so it
      // is also each mapping's "last written" value for the lost-write check.
      const page = argPage(m, 'page_set_content', args, 0);
      page.content = String(argInt('page_set_content', args, 1));
      for (const s of ptesNaming(m, page.pfn)) {
        const key = `${s.table.pid}:${s.addr}`;
        m.written[key] = page.content;
        touchVa(m, key);
      }
    },

    xa_create(ctx) {
      const id = allocId(m);
      m.objs[id] = { kind: 'xarray', entries: {}, order: [] };
      return objPtr(id);
    },
    xa_load(ctx, args) {
      const xa = argXa(m, 'xa_load', args, 0);
      const e = xa.entries[argNum('xa_load', args, 1)];
      return e ? e.v : NULL;
    },
    xa_load_tag(ctx, args) {
      const xa = argXa(m, 'xa_load_tag', args, 0);
      const e = xa.entries[argNum('xa_load_tag', args, 1)];
      return e ? BigInt(e.tag) : 0n;
    },
    xa_store_tag(ctx, args) {
      const xa = argXa(m, 'xa_store_tag', args, 0);
      const idx = argNum('xa_store_tag', args, 1);
      const v = args[2];
      if (v === undefined || !isPtr(v) || v.s === 'null') fault('bad-call', 'xa_store_tag: storing NULL (use xa_erase)');
      xaPut(xa, idx, { v, tag: argNum('xa_store_tag', args, 3) });
      return 0n;
    },
    xa_erase(ctx, args) {
      const xa = argXa(m, 'xa_erase', args, 0);
      const idx = argNum('xa_erase', args, 1);
      const e = xa.entries[idx];
      xaDel(xa, idx);
      return e ? e.v : NULL;
    },

    mmu_mirror_notifier_insert(ctx, args) {
      // mmu_interval_notifier_insert() of a dmirror-like mirror over [start, start+length)
      // whose device page table is `xa`; the model runs its invalidate callback.
      const mm = argMm(m, 'mmu_mirror_notifier_insert', args, 0);
      const start = argNum('mmu_mirror_notifier_insert', args, 1);
      const length = argNum('mmu_mirror_notifier_insert', args, 2);
      const owner = args[3] ?? NULL;
      const xa = argPtr('mmu_mirror_notifier_insert', args, 4);
      if (xa.s !== 'obj' || m.objs[xa.b]?.kind !== 'xarray') fault('bad-call', 'mmu_mirror_notifier_insert: argument 5 is not an xarray');
      const id = allocId(m);
      m.objs[id] = { kind: 'notifier', pid: mm.pid, start, end: start + length, owner, xa: xa.b, seq: 0, invalidations: 0 };
      mm.subscribers.push(id);
      return objPtr(id);
    },
    mmu_interval_notifier_remove(ctx, args) {
      const sub = argNotifier(m, 'mmu_interval_notifier_remove', args, 0);
      const mm = m.mms[sub.pid];
      const p = argPtr('mmu_interval_notifier_remove', args, 0);
      if (mm) mm.subscribers = mm.subscribers.filter((s) => s !== p.b);
    },
    mmu_interval_read_begin(ctx, args) {
      return BigInt(argNotifier(m, 'mmu_interval_read_begin', args, 0).seq);
    },
    mmu_interval_read_retry(ctx, args) {
      const sub = argNotifier(m, 'mmu_interval_read_retry', args, 0);
      return bool(BigInt(sub.seq) !== argInt('mmu_interval_read_retry', args, 1));
    },
    mmu_interval_set_seq(ctx, args) {
      // Called by an invalidate callback under the driver lock; the model's callback already
      // advanced the sequence, so this only validates the arguments.
      argNotifier(m, 'mmu_interval_set_seq', args, 0);
      argInt('mmu_interval_set_seq', args, 1);
    },
    mmu_notifier_range_blockable(ctx, args) {
      // Every range the model starts may sleep (no non-blocking OOM-reaper ranges).
      argPtr('mmu_notifier_range_blockable', args, 0);
      return 1n;
    },
    mmu_notifier_invalidations(ctx, args) {
      return BigInt(argNotifier(m, 'mmu_notifier_invalidations', args, 0).invalidations);
    },
    vma_lookup(ctx, args) {
      const mm = argMm(m, 'vma_lookup', args, 0);
      const addr = argNum('vma_lookup', args, 1);
      const v = mm.vmas.find((x) => addr >= x.start && addr < x.end);
      return v ? objPtr(v.obj) : NULL;
    },
    vma_is_anonymous(ctx, args) {
      const p = argPtr('vma_is_anonymous', args, 0);
      const o = p.s === 'obj' ? m.objs[p.b] : undefined;
      if (!o || o.kind !== 'vma') fault('bad-call', 'vma_is_anonymous: not a vm_area_struct');
      const v = m.mms[o.pid].vmas.find((x) => x.obj === p.b)!;
      // A MAP_SHARED anonymous mapping is shmem: not vma_is_anonymous.
      return bool(v.anonymous && (v.flags & 0x8) === 0);
    },
  };
}

export { hexn };
