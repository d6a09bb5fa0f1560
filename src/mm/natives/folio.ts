// Today's (folio-era) names of the page primitives, kernel-semantics §4.1-4.2. The model has only
// order-0 folios, so a `struct folio *` is the same model pointer as its `struct page *`
// (page_folio / folio_page are identities). Semantics that differ from the 2016 names are noted
// inline: folio_isolate_lru returns a bool, anon-exclusive sharing may fail for pinned pages,
// folio_migrate_mapping does the reference check of migrate_vma_pages.

import type { NativeCtx, NativeTable } from '../../c/native';
import { blocked } from '../../c/native';
import { NULL, pagePtr } from '../../c/value';
import type { MmModel, PageState } from '../state';
import { NO_TID } from '../state';
import { addToBatch, checkIsolator, drainCpu } from './lru';
import { getRef, pageLockKey, putRef } from './page';
import { argInt, argPage, argPageRead, argVma, bool, fault, markFlux, mightSleep, pageName } from './util';
import { reportViolation } from '../invariants';

const EAGAIN = 11n;

/** Who waits for whom on page locks: a cycle through `tid` is a deadlock. */
function lockCycle(m: MmModel, tid: number, page: PageState): string | undefined {
  const seen = new Set<number>();
  let holder = page.lockOwner;
  const path = [`pfn 0x${page.pfn.toString(16)} held by thread ${holder}`];
  while (holder !== NO_TID && !seen.has(holder)) {
    if (holder === tid) return path.join(' → ');
    seen.add(holder);
    const waitsOn = Object.values(m.pages).find((p) => p.locked && p.lockWaiters.includes(holder));
    if (!waitsOn) return undefined;
    path.push(`thread ${holder} waits for pfn 0x${waitsOn.pfn.toString(16)} held by thread ${waitsOn.lockOwner}`);
    holder = waitsOn.lockOwner;
  }
  return undefined;
}

/** lock_page / folio_lock: sleep until PG_locked is free, then take it. */
export function sleepingLock(m: MmModel, ctx: NativeCtx, fn: string, page: PageState) {
  mightSleep(m, ctx, fn);
  if (!page.locked) {
    page.locked = true;
    page.lockOwner = ctx.tid;
    page.lockWaiters = page.lockWaiters.filter((t) => t !== ctx.tid);
    return undefined;
  }
  if (page.lockOwner === ctx.tid) fault('deadlock', `${fn}: this thread already holds the lock of ${pageName(page)}`);
  const cycle = lockCycle(m, ctx.tid, page);
  if (cycle) {
    reportViolation(m, 'deadlock', `${fn}(pfn 0x${page.pfn.toString(16)}): ${cycle}`);
    fault('deadlock', `${fn}: page-lock deadlock: ${cycle}`);
  }
  if (!page.lockWaiters.includes(ctx.tid)) page.lockWaiters.push(ctx.tid);
  return blocked(pageLockKey(page.pfn), `${fn}(pfn 0x${page.pfn.toString(16)})`);
}

export function unlockPage(m: MmModel, ctx: NativeCtx, fn: string, page: PageState): void {
  if (!page.locked) fault('bug-on', `${fn}: ${pageName(page)} is not locked`);
  page.locked = false;
  page.lockOwner = NO_TID;
  page.lockWaiters = [];
  ctx.wake(pageLockKey(page.pfn));
}

/** folio_expected_refs-style check used by folio_migrate_mapping (anon: 1 + extra). */
function expectedRefs(page: PageState, extra: number): number {
  return page.mapping === 'file' ? 2 + extra : 1 + extra;
}

export function folioNatives(m: MmModel): NativeTable {
  const P = (fn: string, args: Parameters<typeof argPage>[2], i = 0) => argPage(m, fn, args, i);
  // Natives that only read the page (no dirty mark, see argPageRead).
  const R = (fn: string, args: Parameters<typeof argPage>[2], i = 0) => argPageRead(m, fn, args, i);
  return {
    page_folio(ctx, args) {
      return pagePtr(argPageRead(m, 'page_folio', args, 0, true).pfn);
    },
    folio_page(ctx, args) {
      const f = P('folio_page', args);
      if (argInt('folio_page', args, 1) !== 0n) fault('unsupported', 'folio_page: only order-0 folios are modelled');
      return pagePtr(f.pfn);
    },
    folio_pfn(ctx, args) {
      return BigInt(argPageRead(m, 'folio_pfn', args, 0, true).pfn);
    },
    folio_get(ctx, args) {
      getRef(P('folio_get', args), 'folio_get');
    },
    folio_put(ctx, args) {
      putRef(m, P('folio_put', args), 'folio_put');
    },
    folio_ref_count(ctx, args) {
      return BigInt(R('folio_ref_count', args).refcount);
    },
    get_page_unless_zero(ctx, args) {
      const page = argPage(m, 'get_page_unless_zero', args, 0, true);
      if (page.refcount <= 0) return 0n;
      page.refcount++;
      return 1n;
    },
    folio_get_nontail_page(ctx, args) {
      const page = argPage(m, 'folio_get_nontail_page', args, 0, true);
      if (page.refcount <= 0) return NULL;
      page.refcount++;
      return pagePtr(page.pfn);
    },
    folio_ref_freeze(ctx, args) {
      const page = P('folio_ref_freeze', args);
      const n = Number(argInt('folio_ref_freeze', args, 1));
      if (page.refcount !== n) return 0n;
      page.refcount = 0;
      return 1n;
    },
    folio_ref_unfreeze(ctx, args) {
      const page = argPage(m, 'folio_ref_unfreeze', args, 0, true);
      if (page.refcount !== 0) fault('bug-on', `folio_ref_unfreeze: ${pageName(page)} is not frozen`);
      page.refcount = Number(argInt('folio_ref_unfreeze', args, 1));
    },
    folio_mapcount(ctx, args) {
      return BigInt(R('folio_mapcount', args).mapcount);
    },
    folio_mapped(ctx, args) {
      return bool(R('folio_mapped', args).mapcount > 0);
    },
    folio_trylock(ctx, args) {
      const page = P('folio_trylock', args);
      if (page.locked) return 0n;
      page.locked = true;
      page.lockOwner = ctx.tid;
      return 1n;
    },
    folio_lock(ctx, args) {
      return sleepingLock(m, ctx, 'folio_lock', P('folio_lock', args));
    },
    folio_unlock(ctx, args) {
      unlockPage(m, ctx, 'folio_unlock', P('folio_unlock', args));
    },
    folio_test_locked(ctx, args) {
      return bool(R('folio_test_locked', args).locked);
    },
    folio_wait_locked(ctx, args) {
      // Sleep until the page is unlocked, without taking the lock.
      const page = argPage(m, 'folio_wait_locked', args, 0, true);
      mightSleep(m, ctx, 'folio_wait_locked');
      if (!page.locked) return undefined;
      if (!page.lockWaiters.includes(ctx.tid)) page.lockWaiters.push(ctx.tid);
      return blocked(pageLockKey(page.pfn), `folio_wait_locked(pfn 0x${page.pfn.toString(16)})`);
    },
    folio_test_lru(ctx, args) {
      return bool(R('folio_test_lru', args).lru === 'lru');
    },
    folio_isolate_lru(ctx, args) {
      // bool: true on success (the opposite convention of the 2016 isolate_lru_page).
      const page = P('folio_isolate_lru', args);
      if (page.refcount <= 0) fault('bug-on', `folio_isolate_lru: ${pageName(page)} has no reference held by the caller`);
      if (page.lru !== 'lru') return 0n;
      page.lru = 'isolated';
      page.isolatedBy = ctx.tid;
      getRef(page, 'folio_isolate_lru');
      return 1n;
    },
    folio_putback_lru(ctx, args) {
      const page = P('folio_putback_lru', args);
      if (page.lru !== 'isolated') fault('model', `folio_putback_lru: ${pageName(page)} is not isolated`);
      checkIsolator(page, ctx.tid, 'folio_putback_lru');
      delete page.isolatedBy;
      if (!page.memcg) {
        // The WARN of bug 3.10: a folio whose memcg binding moved to the new folio.
        ctx.warn(`WARNING: folio_putback_lru: ${pageName(page)} has no memcg (folio_lruvec_lock_irqsave)`);
      }
      page.lru = 'lru';
      putRef(m, page, 'folio_putback_lru');
    },
    folio_add_lru(ctx, args) {
      // Queued on this CPU's add batch, which holds a reference until drained.
      const page = P('folio_add_lru', args);
      if (page.pgmap >= 0) fault('bug-on', `folio_add_lru: ${pageName(page)} is a ZONE_DEVICE page`);
      // An isolated folio (finalize re-adding the source) goes back through the batch too; the
      // isolation reference is then just a reference its owner drops with folio_put.
      if (page.lru === 'lru' || page.lru === 'batch') fault('bug-on', `folio_add_lru: ${pageName(page)} is already ${page.lru === 'lru' ? 'on the LRU' : 'in an LRU add batch'}`);
      if (!page.memcg) ctx.warn(`WARNING: folio_add_lru: ${pageName(page)} has no memcg (folio_lruvec_lock_irqsave)`);
      if (page.lru === 'isolated') checkIsolator(page, ctx.tid, 'folio_add_lru');
      delete page.isolatedBy;
      // The batch drains when it is full (lru.ts: the version's PAGEVEC_SIZE).
      addToBatch(m, ctx.cpu, page, 'folio_add_lru');
    },
    folio_test_anon(ctx, args) {
      return bool(R('folio_test_anon', args).mapping === 'anon');
    },
    PageAnonExclusive(ctx, args) {
      return bool(R('PageAnonExclusive', args).anonExclusive);
    },
    folio_try_share_anon_rmap_pte(ctx, args) {
      // 0 on success; -EBUSY if the page may be pinned (then it must stay exclusive).
      const page = P('folio_try_share_anon_rmap_pte', args);
      if (page.pins > 0) return -16n;
      page.anonExclusive = false;
      return 0n;
    },
    folio_mapping(ctx, args) {
      const page = R('folio_mapping', args);
      if (page.mapping !== 'file') return NULL;
      fault('unsupported', `folio_mapping: ${pageName(page)} is file-backed; address_space objects are not modelled`);
    },
    folio_test_large(ctx, args) {
      return bool(R('folio_test_large', args).compound);
    },
    folio_is_zone_device(ctx, args) {
      return bool(R('folio_is_zone_device', args).pgmap >= 0);
    },
    folio_mark_dirty(ctx, args) {
      const page = P('folio_mark_dirty', args);
      const was = page.dirty;
      page.dirty = true;
      return bool(!was);
    },
    folio_test_dirty(ctx, args) {
      return bool(P('folio_test_dirty', args).dirty);
    },
    __folio_mark_uptodate(ctx, args) {
      P('__folio_mark_uptodate', args).uptodate = true;
    },
    folio_free_swap(ctx, args) {
      // Anonymous pages of the model are never in the swap cache: nothing to free, success.
      P('folio_free_swap', args);
      return 1n;
    },
    folio_migrate_mapping(ctx, args) {
      // (mapping, new, old, extra): refcount check, then new takes old's mapping/index.
      const dst = P('folio_migrate_mapping', args, 1);
      const src = P('folio_migrate_mapping', args, 2);
      const extra = Number(argInt('folio_migrate_mapping', args, 3));
      const expected = expectedRefs(src, extra);
      if (src.refcount !== expected) return -EAGAIN;
      if (src.mapping === 'file') fault('unsupported', 'folio_migrate_mapping: file-backed folios are not modelled');
      dst.mapping = src.mapping;
      dst.anon = src.anon;
      dst.index = src.index;
      return 0n;
    },
    folio_migrate_flags(ctx, args) {
      const dst = P('folio_migrate_flags', args, 0);
      const src = P('folio_migrate_flags', args, 1);
      dst.dirty = src.dirty;
      dst.uptodate = src.uptodate;
      // The memcg binding moves to the new folio (why bug 3.10 warned on the old one).
      if (src.memcg) {
        dst.memcg = true;
        src.memcg = false;
      }
    },
    mem_cgroup_charge(ctx, args) {
      P('mem_cgroup_charge', args).memcg = true;
      return 0n;
    },
    folio_remove_rmap_pte(ctx, args) {
      const page = P('folio_remove_rmap_pte', args);
      argVma(m, 'folio_remove_rmap_pte', args, 2);
      if (page.mapcount <= 0) fault('model', `folio_remove_rmap_pte: ${pageName(page)} mapcount would go below zero`);
      page.mapcount--;
      if (page.mapcount === 0) page.anonExclusive = false;
      markFlux(m, ctx.tid, page.pfn);
    },
    folio_add_anon_rmap_pte(ctx, args) {
      // (folio, page, vma, address, flags): flags & RMAP_EXCLUSIVE (1) marks the page exclusive.
      const page = P('folio_add_anon_rmap_pte', args);
      const { vma } = argVma(m, 'folio_add_anon_rmap_pte', args, 2);
      if (!vma.anonymous) fault('bad-call', 'folio_add_anon_rmap_pte: the vma is not anonymous');
      page.mapcount++;
      if (argInt('folio_add_anon_rmap_pte', args, 4) & 1n) page.anonExclusive = true;
      markFlux(m, ctx.tid, page.pfn);
    },
    folio_add_new_anon_rmap(ctx, args) {
      // (folio, vma, address, flags): a brand-new anonymous page, first mapping.
      const page = P('folio_add_new_anon_rmap', args);
      const { vma } = argVma(m, 'folio_add_new_anon_rmap', args, 1);
      const addr = Number(BigInt.asUintN(64, argInt('folio_add_new_anon_rmap', args, 2)));
      if (page.mapcount !== 0) fault('bug-on', `folio_add_new_anon_rmap: ${pageName(page)} is already mapped`);
      page.mapping = 'anon';
      page.anon = true;
      page.index = Math.floor(addr / 4096);
      page.mapcount = 1;
      page.anonExclusive = (argInt('folio_add_new_anon_rmap', args, 3) & 1n) !== 0n;
      void vma;
      markFlux(m, ctx.tid, page.pfn);
    },
    folio_add_file_rmap_pte(ctx, args) {
      const page = P('folio_add_file_rmap_pte', args);
      page.mapcount++;
      markFlux(m, ctx.tid, page.pfn);
    },
    lru_add_drain_cpu(ctx, args) {
      drainCpu(m, Number(argInt('lru_add_drain_cpu', args, 0)), 'lru_add_drain_cpu');
    },
  };
}
