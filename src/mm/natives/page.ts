// struct page natives: references (get_page / put_page and freeing), the page lock (trylock,
// the sleeping lock_page, unlock_page waking waiters), page flags and the reverse-map counters
// (page_remove_rmap / page_add_anon_rmap), pfn <-> page conversion. Semantics follow
// kernel-semantics §4.1-4.2 with the 2016 signatures used by the seed's code.

import type { NativeCtx, NativeTable } from '../../c/native';
import { NULL, pagePtr } from '../../c/value';
import { ptesNaming } from '../pgtable';
import { devicePageFree } from './device';
import { sleepingLock } from './folio';
import { decodePte } from '../pte';
import { MmModel, NO_TID, PageState } from '../state';
import { argInt, argPage, argPageRead, argVma, bool, fault, hexn, markFlux, pageName } from './util';
import { touchPage } from '../dirty';
import { freeHugeFolio } from '../huge';

/** Key threads sleep on while waiting for PG_locked to clear (lock_page, migration entries). */
export function pageLockKey(pfn: number): string {
  return `page-lock:${pfn}`;
}

/**
 * Drop one reference; at zero the page is freed. Freeing a page that is still mapped, locked,
 * isolated or pointed at by a migration entry is a model fault (the kernel would corrupt memory).
 * A page still on the LRU is taken off it, as the kernel's release path does.
 */
export function putRef(m: MmModel, page: PageState, fn: string): void {
  // A tail page's references are its folio's (put_page on a tail drops the head's).
  if (page.head !== undefined) page = m.pages[page.head];
  if (page.refcount <= 0) fault('model', `${fn}: ${pageName(page)} has refcount ${page.refcount}, cannot drop a reference`);
  page.refcount--;
  if (page.refcount > 0) return;
  if (page.mapcount > 0) fault('model', `${fn}: last reference dropped on ${pageName(page)} while it is still mapped (mapcount ${page.mapcount})`);
  if (page.locked) fault('model', `${fn}: last reference dropped on ${pageName(page)} while it is locked`);
  // An isolated page may be freed by dropping the isolation reference (migrate_device_finalize
  // does exactly that with the old folio); a page in an add batch still has the batch's ref.
  if (page.lru === 'batch') fault('model', `${fn}: last reference dropped on ${pageName(page)} while in an LRU add batch`);
  for (const slot of ptesNaming(m, page.pfn)) {
    const d = decodePte(slot.value);
    fault('model', `${fn}: ${pageName(page)} freed while a ${d.kind} pte of pid ${slot.table.pid} at ${hexn(slot.addr)} still points at it`);
  }
  touchPage(m, page.pfn);
  if (page.pgmap >= 0) {
    // ZONE_DEVICE: the pgmap's page_free callback hands the page back to the driver's pool
    // (dmirror_devmem_free); the page itself stays a valid struct page.
    devicePageFree(m, page);
    return;
  }
  page.lru = 'none';
  delete page.isolatedBy;
  page.freed = true;
  // a huge folio (huge.ts): its tails go with it, a hugetlb page back to its pool
  if (page.order) freeHugeFolio(m, page);
}

export function getRef(page: PageState, fn: string): void {
  if (page.refcount <= 0) fault('model', `${fn}: ${pageName(page)} has refcount 0 (get_page on a page being freed)`);
  page.refcount++;
}

export function pageNatives(m: MmModel): NativeTable {
  const lockPage = (ctx: NativeCtx, page: PageState): boolean => {
    if (page.locked) return false;
    page.locked = true;
    page.lockOwner = ctx.tid;
    page.lockWaiters = page.lockWaiters.filter((t) => t !== ctx.tid);
    return true;
  };

  return {
    get_page(ctx, args) {
      getRef(argPage(m, 'get_page', args, 0), 'get_page');
    },
    put_page(ctx, args) {
      putRef(m, argPage(m, 'put_page', args, 0), 'put_page');
    },
    page_count(ctx, args) {
      return BigInt(argPageRead(m, 'page_count', args, 0).refcount);
    },
    page_mapcount(ctx, args) {
      return BigInt(argPageRead(m, 'page_mapcount', args, 0).mapcount);
    },
    page_mapped(ctx, args) {
      return bool(argPageRead(m, 'page_mapped', args, 0).mapcount > 0);
    },

    trylock_page(ctx, args) {
      // Never sleeps, so it is legal under the PTE spinlock (why collect uses it).
      return bool(lockPage(ctx, argPage(m, 'trylock_page', args, 0)));
    },
    lock_page(ctx, args) {
      return sleepingLock(m, ctx, 'lock_page', argPage(m, 'lock_page', args, 0));
    },
    unlock_page(ctx, args) {
      const page = argPage(m, 'unlock_page', args, 0);
      if (!page.locked) fault('bug-on', `unlock_page: ${pageName(page)} is not locked`);
      // The kernel's page lock has no owner: the fault path may unlock what migration locked.
      page.locked = false;
      page.lockOwner = NO_TID;
      page.lockWaiters = [];
      ctx.wake(pageLockKey(page.pfn));
    },
    PageLocked(ctx, args) {
      return bool(argPageRead(m, 'PageLocked', args, 0).locked);
    },
    PageLRU(ctx, args) {
      return bool(argPageRead(m, 'PageLRU', args, 0).lru === 'lru');
    },
    PageAnon(ctx, args) {
      return bool(argPageRead(m, 'PageAnon', args, 0).mapping === 'anon');
    },
    PageCompound(ctx, args) {
      return bool(argPageRead(m, 'PageCompound', args, 0).compound);
    },
    PageTransCompound(ctx, args) {
      return bool(argPage(m, 'PageTransCompound', args, 0).compound);
    },
    PageDirty(ctx, args) {
      return bool(argPage(m, 'PageDirty', args, 0).dirty);
    },
    set_page_dirty(ctx, args) {
      const page = argPage(m, 'set_page_dirty', args, 0);
      const was = page.dirty;
      page.dirty = true;
      return bool(!was);
    },
    is_zone_device_page(ctx, args) {
      return bool(argPageRead(m, 'is_zone_device_page', args, 0).zone !== 'ram');
    },
    is_device_private_page(ctx, args) {
      return bool(argPageRead(m, 'is_device_private_page', args, 0).zone === 'device-private');
    },
    page_mapping(ctx, args) {
      // NULL for anonymous pages (not in the swap cache); file pages get an opaque non-NULL
      // address_space which no C code in kernel/ dereferences.
      const page = argPageRead(m, 'page_mapping', args, 0);
      if (page.mapping !== 'file') return NULL;
      fault('unsupported', `page_mapping: ${pageName(page)} is file-backed; address_space objects are not modelled yet`);
    },

    page_remove_rmap(ctx, args) {
      const page = argPage(m, 'page_remove_rmap', args, 0);
      if (argInt('page_remove_rmap', args, 1) !== 0n) fault('unsupported', 'page_remove_rmap: compound mappings are not modelled');
      if (page.mapcount <= 0) fault('model', `page_remove_rmap: ${pageName(page)} mapcount would go below zero`);
      page.mapcount--;
      markFlux(m, ctx.tid, page.pfn);
    },
    page_add_anon_rmap(ctx, args) {
      const page = argPage(m, 'page_add_anon_rmap', args, 0);
      const { vma } = argVma(m, 'page_add_anon_rmap', args, 1);
      if (!vma.anonymous) fault('bad-call', `page_add_anon_rmap: the vma ${hexn(vma.start)}-${hexn(vma.end)} is not anonymous`);
      if (argInt('page_add_anon_rmap', args, 3) !== 0n) fault('unsupported', 'page_add_anon_rmap: compound mappings are not modelled');
      if (!page.locked) fault('bug-on', `page_add_anon_rmap: ${pageName(page)} must be locked`);
      page.mapcount++;
      markFlux(m, ctx.tid, page.pfn);
    },
    page_add_file_rmap(ctx, args) {
      const page = argPage(m, 'page_add_file_rmap', args, 0);
      if (argInt('page_add_file_rmap', args, 1) !== 0n) fault('unsupported', 'page_add_file_rmap: compound mappings are not modelled');
      page.mapcount++;
      markFlux(m, ctx.tid, page.pfn);
    },

    pfn_to_page(ctx, args) {
      const pfn = Number(BigInt.asUintN(64, argInt('pfn_to_page', args, 0)));
      if (!m.pages[pfn]) fault('model', `pfn_to_page: pfn ${hexn(pfn)} has no struct page in the model`);
      return pagePtr(pfn);
    },
    page_to_pfn(ctx, args) {
      return BigInt(argPageRead(m, 'page_to_pfn', args, 0, true).pfn);
    },
  };
}
