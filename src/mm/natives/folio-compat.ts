// Folio and page primitives that the kernel trees' mm/migrate_device.c calls (Linux 6.1 and 6.12,
// docs/kernel-api.md class (b)) and kernel/ does not: the device-memory predicates of
// linux/memremap.h, page-flag tests of linux/page-flags.h, folio_alloc / folio_copy, LRU
// insertion with a vma, and 6.1's page-based names of new-anon-page setup. Each one is the model
// form of that version's documented behaviour; where the kernel's function is a wrapper around
// a primitive the model already has, the native delegates to it so both stay one implementation.
// Prototypes: kernel/include/linux/mm_compat.h.

import { copyPageData } from '../page-bytes';
import type { NativeCtx, NativeTable } from '../../c/native';
import { pagePtr, type Value } from '../../c/value';
import type { MmModel, PageState } from '../state';
import { allocSystemPage } from './cpu';
import { folioNatives } from './folio';
import { argInt, argNum, argPage, argVma, bool, fault, hexn, pageName } from './util';
import { touchPage } from '../dirty';

/** VM_LOCKED and VM_SPECIAL (include/linux/mm.h; the same bits in 6.1 and 6.12). */
export const VM_LOCKED = 0x00002000;
export const VM_SPECIAL = 0x00004000 | 0x00040000 | 0x00000400 | 0x10000000;

/** RMAP_EXCLUSIVE (include/linux/rmap.h, 6.3+): the new anon page is exclusive to this mm. */
const RMAP_EXCLUSIVE = 1n;

export function folioCompatNatives(m: MmModel): NativeTable {
  // The existing primitives the wrappers below hand over to (one table, built once per model).
  const base = folioNatives(m);
  const P = (fn: string, args: Value[], i = 0): PageState => argPage(m, fn, args, i);

  /**
   * folio_add_lru_vma (6.12, mm/swap.c) and 6.1's lru_cache_add_inactive_or_unevictable: a
   * folio newly mapped into `vma` goes on the unevictable list when the vma is mlocked
   * (VM_LOCKED without any VM_SPECIAL bit), and otherwise through folio_add_lru's per-CPU
   * batch. The model has no unevictable list, so an mlocked vma is refused, not approximated.
   */
  const addLruVma = (fn: string, ctx: NativeCtx, args: Value[]) => {
    const page = P(fn, args);
    const { vma } = argVma(m, fn, args, 1);
    if ((vma.flags & (VM_LOCKED | VM_SPECIAL)) === VM_LOCKED) {
      fault('unsupported', `${fn}: the vma ${hexn(vma.start)}-${hexn(vma.end)} is VM_LOCKED; mlocked (unevictable) folios are not modelled`);
    }
    return base.folio_add_lru(ctx, [pagePtr(page.pfn)]);
  };

  return {
    // linux/memremap.h: the zone-device type of the folio's pgmap (both versions compare
    // page->pgmap->type with MEMORY_DEVICE_PRIVATE / MEMORY_DEVICE_COHERENT).
    folio_is_device_private(ctx, args) {
      return bool(P('folio_is_device_private', args).zone === 'device-private');
    },
    folio_is_device_coherent(ctx, args) {
      return bool(P('folio_is_device_coherent', args).zone === 'device-coherent');
    },

    // PG_writeback (page-flags.h): set while the folio's data is being written to its backing
    // store. The model has no block I/O and no swap-out, so no folio is ever under writeback;
    // 6.12's __migrate_device_pages asserts exactly that (BUG_ON) before moving the mapping.
    folio_test_writeback(ctx, args) {
      P('folio_test_writeback', args);
      return 0n;
    },
    // PG_private | PG_private_2 (page-flags.h): a filesystem's buffers or fscache state
    // attached to the folio. Only file-backed folios can carry it, and the model attaches no
    // filesystem data to any page, so the private bits are always clear.
    folio_has_private(ctx, args) {
      P('folio_has_private', args);
      return 0n;
    },
    page_has_private(ctx, args) {
      P('page_has_private', args);
      return 0n;
    },
    // 6.1 page-flags.h: set PG_uptodate on a page nobody else can see yet (non-atomic; the
    // write barrier orders the page's contents before the pte that maps it).
    __SetPageUptodate(ctx, args) {
      P('__SetPageUptodate', args).uptodate = true;
    },

    // folio_alloc(gfp, order) (linux/gfp.h; a macro over folio_alloc_noprof in 6.10+): a new
    // folio with one reference, unlocked, off the LRU. The model has order-0 folios only.
    folio_alloc(ctx, args) {
      argInt('folio_alloc', args, 0);
      const order = argInt('folio_alloc', args, 1);
      if (order !== 0n) fault('unsupported', `folio_alloc: order ${order} folios are not modelled (only order 0)`);
      return pagePtr(allocSystemPage(m).pfn);
    },
    // folio_copy(dst, src) (mm/util.c): copy_highpage of every page; between pages it may
    // cond_resched, which an order-0 copy never reaches, so it does not sleep here.
    folio_copy(ctx, args) {
      const dst = P('folio_copy', args, 0);
      const src = P('folio_copy', args, 1);
      if (dst.compound || src.compound) fault('unsupported', 'folio_copy: large folios are not modelled');
      copyContent(m, dst, src);
    },

    folio_add_lru_vma(ctx, args) {
      return addLruVma('folio_add_lru_vma', ctx, args);
    },
    lru_cache_add_inactive_or_unevictable(ctx, args) {
      return addLruVma('lru_cache_add_inactive_or_unevictable', ctx, args);
    },

    // 6.1 rmap.h page_add_new_anon_rmap(page, vma, address): the first mapping of a brand-new
    // anonymous page, always exclusive (6.3 renamed it folio_add_new_anon_rmap and 6.9 added
    // the RMAP_EXCLUSIVE flag argument). The address must lie inside the vma (VM_BUG_ON_VMA).
    page_add_new_anon_rmap(ctx, args) {
      const fn = 'page_add_new_anon_rmap';
      const page = P(fn, args);
      const { vma } = argVma(m, fn, args, 1);
      const addr = argNum(fn, args, 2);
      if (addr < vma.start || addr >= vma.end) fault('bug-on', `${fn}: ${hexn(addr)} is outside the vma ${hexn(vma.start)}-${hexn(vma.end)}`);
      if (page.compound) fault('unsupported', `${fn}: ${pageName(page)} is compound`);
      return base.folio_add_new_anon_rmap(ctx, [pagePtr(page.pfn), args[1], args[2], RMAP_EXCLUSIVE]);
    },
  };
}

/** The page data (the model's content tag) of src becomes dst's, as copy_highpage does. */
function copyContent(m: MmModel, dst: PageState, src: PageState): void {
  dst.content = src.content;
  copyPageData(dst, src);
  touchPage(m, dst.pfn);
}
