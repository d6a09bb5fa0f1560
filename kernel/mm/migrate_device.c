// SPDX-License-Identifier: MIT
/*
 * mmstep: today's device-memory migration (mm/migrate_device.c in Linux, order-0 path, as of
 * 6.15+), written for mmstep in kernel style from docs/kernel-semantics.md §1.3-1.8. Not copied
 * from Linux.
 *
 * The driver sequence is: mmap_read_lock -> migrate_vma_setup (collect + unmap) -> allocate and
 * copy -> migrate_vma_pages -> update the device page table -> migrate_vma_finalize ->
 * mmap_read_unlock. Every per-page failure is reported only through the src flags.
 */
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/folio.h>
#include <linux/swapops.h>
#include <linux/memremap.h>
#include <linux/mmu_notifier.h>
#include <linux/pagewalk.h>
#include <linux/rmap.h>
#include <linux/migrate.h>
/* remove_migration_ptes / copy_highpage: natives shared with the 2016 flow */
#include <linux/migrate_legacy.h>

/*
 * A named point where a scenario lets other threads run (schedule()); empty unless a variant
 * file defines it (kernel/mm/migrate_device_point.c, migrate_device_bug_late_flush.c).
 */
#ifndef MMSTEP_POINT
#define MMSTEP_POINT() do { } while (0)
#endif

/*
 * remove_migration_ptes as C instead of the model's native (same semantics), so that bug 3.5
 * can be put back in it: kernel/mm/migrate_device_remove_ptes.c, migrate_device_bug_soft_dirty.c.
 */
#ifdef MMSTEP_C_REMOVE_PTES
#include "migrate_remove.c"
#define remove_migration_ptes(src, dst, locked) remove_migration_ptes_c(src, dst)
#endif

struct page *migrate_pfn_to_page(unsigned long mpfn)
{
	if (!(mpfn & MIGRATE_PFN_VALID))
		return NULL;
	return pfn_to_page(mpfn >> MIGRATE_PFN_SHIFT);
}

static int migrate_vma_collect_skip(unsigned long start, unsigned long end,
				    struct mm_walk *walk)
{
	struct migrate_vma *migrate = walk->private;
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		migrate->dst[migrate->npages] = 0;
		migrate->src[migrate->npages++] = 0;
	}
	return 0;
}

static int migrate_vma_collect_hole(unsigned long start, unsigned long end, int depth,
				    struct mm_walk *walk)
{
	struct migrate_vma *migrate = walk->private;
	unsigned long addr;

	/* Only an anonymous vma can have a page created in a hole. */
	if (!vma_is_anonymous(walk->vma))
		return migrate_vma_collect_skip(start, end, walk);

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		migrate->src[migrate->npages] = MIGRATE_PFN_MIGRATE;
		migrate->dst[migrate->npages] = 0;
		migrate->npages++;
		migrate->cpages++;
	}
	return 0;
}

/*
 * Called under the mmap read lock for each populated pmd. For every pte, under the PTL: decide
 * whether the page can migrate, take a reference, and when the page lock can be had without
 * sleeping, replace the pte by a migration entry right away (the fast path).
 */
static int migrate_vma_collect_pmd(pmd_t *pmdp, unsigned long start, unsigned long end,
				   struct mm_walk *walk)
{
	struct migrate_vma *migrate = walk->private;
	struct folio *fault_folio = migrate->fault_page ?
		page_folio(migrate->fault_page) : NULL;
	struct vm_area_struct *vma = walk->vma;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = start, unmapped = 0;
	spinlock_t *ptl;
	pte_t *ptep;

	if (pmd_none(*pmdp))
		return migrate_vma_collect_hole(start, end, -1, walk);

	ptep = pte_offset_map_lock(mm, pmdp, addr, &ptl);
	if (!ptep)
		return migrate_vma_collect_skip(start, end, walk);
	arch_enter_lazy_mmu_mode();

	for (; addr < end; addr += PAGE_SIZE, ptep++) {
		unsigned long mpfn = 0, pfn;
		struct folio *folio;
		struct page *page;
		swp_entry_t entry;
		pte_t pte;

		pte = ptep_get(ptep);

		if (pte_none(pte)) {
			if (vma_is_anonymous(vma)) {
				mpfn = MIGRATE_PFN_MIGRATE;
				migrate->cpages++;
			}
			goto next;
		}

		if (!pte_present(pte)) {
			/*
			 * Only device-private entries are candidates: swap, hwpoison,
			 * markers and migration entries of others are skipped.
			 */
			entry = pte_to_swp_entry(pte);
			if (!is_device_private_entry(entry))
				goto next;

			page = pfn_swap_entry_to_page(entry);
#ifndef MMSTEP_BUG_ANY_OWNER
			/* only our own device memory, and only if asked for (bug 3.7) */
			if (!(migrate->flags & MIGRATE_VMA_SELECT_DEVICE_PRIVATE) ||
			    page_pgmap(page)->owner != migrate->pgmap_owner)
				goto next;
#endif

			mpfn = migrate_pfn(page_to_pfn(page)) | MIGRATE_PFN_MIGRATE;
			if (is_writable_device_private_entry(entry))
				mpfn |= MIGRATE_PFN_WRITE;
		} else {
			pfn = pte_pfn(pte);
			if (is_zero_pfn(pfn) &&
			    (migrate->flags & MIGRATE_VMA_SELECT_SYSTEM)) {
				mpfn = MIGRATE_PFN_MIGRATE;
				migrate->cpages++;
				goto next;
			}
			page = vm_normal_page(migrate->vma, addr, pte);
			if (page && !is_zone_device_page(page) &&
			    !(migrate->flags & MIGRATE_VMA_SELECT_SYSTEM))
				goto next;
			if (page && is_device_coherent_page(page) &&
			    (!(migrate->flags & MIGRATE_VMA_SELECT_DEVICE_COHERENT) ||
			     page_pgmap(page)->owner != migrate->pgmap_owner))
				goto next;
			mpfn = migrate_pfn(pfn) | MIGRATE_PFN_MIGRATE;
			if (pte_write(pte))
				mpfn |= MIGRATE_PFN_WRITE;
		}

		/* No struct page, a special page without a mapping, or a THP: skip it. */
		if (!page || (!folio_test_anon(page_folio(page)) &&
			      !folio_mapping(page_folio(page))) ||
		    folio_test_large(page_folio(page))) {
			mpfn = 0;
			goto next;
		}
		folio = page_folio(page);

		/*
		 * The reference "freezes" the pte: nobody else can migrate the page away,
		 * and it tells concurrent migrations it is pointless to try.
		 */
		folio_get(folio);

		/*
		 * Under the PTL we must not sleep, so only trylock. A page we cannot lock
		 * is skipped, not retried later (since 5.16).
		 */
		if (folio == fault_folio || folio_trylock(folio)) {
			bool anon_exclusive;
			pte_t swp_pte;

#ifndef MMSTEP_BUG_NO_CACHE_FLUSH
			/* write back a virtually indexed cache before the pte goes (bug 3.2) */
			if (pte_present(pte))
				flush_cache_page(vma, addr, pte_pfn(pte));
#endif
			anon_exclusive = folio_test_anon(folio) && PageAnonExclusive(page);
			if (anon_exclusive) {
				pte = ptep_clear_flush(vma, addr, ptep);
				if (folio_try_share_anon_rmap_pte(folio, page)) {
					/* maybe pinned: it must stay exclusive, put it back */
					set_pte_at(mm, addr, ptep, pte);
					if (folio != fault_folio)
						folio_unlock(folio);
					folio_put(folio);
					mpfn = 0;
					goto next;
				}
			} else {
				pte = ptep_get_and_clear(mm, addr, ptep);
			}

			migrate->cpages++;

#ifndef MMSTEP_BUG_DIRTY_DROPPED
			/* the dirty bit must survive the pte (bug 3.3; present check: 3.13) */
			if (pte_present(pte) && pte_dirty(pte))
				folio_mark_dirty(folio);
#endif

			if (mpfn & MIGRATE_PFN_WRITE)
				entry = make_writable_migration_entry(page_to_pfn(page));
			else if (anon_exclusive)
				entry = make_readable_exclusive_migration_entry(page_to_pfn(page));
			else
				entry = make_readable_migration_entry(page_to_pfn(page));
			if (pte_present(pte)) {
				if (pte_young(pte))
					entry = make_migration_entry_young(entry);
				if (pte_dirty(pte))
					entry = make_migration_entry_dirty(entry);
			}
			swp_pte = swp_entry_to_pte(entry);
#ifdef MMSTEP_BUG_SWP_BITS
			/* the bug: present-pte helpers also on a device-private entry */
			if (pte_soft_dirty(pte))
				swp_pte = pte_swp_mksoft_dirty(swp_pte);
			if (pte_uffd_wp(pte))
				swp_pte = pte_swp_mkuffd_wp(swp_pte);
#else
			/* soft-dirty and uffd-wp sit elsewhere in a swap pte (bug 3.6) */
			if (pte_present(pte)) {
				if (pte_soft_dirty(pte))
					swp_pte = pte_swp_mksoft_dirty(swp_pte);
				if (pte_uffd_wp(pte))
					swp_pte = pte_swp_mkuffd_wp(swp_pte);
			} else {
				if (pte_swp_soft_dirty(pte))
					swp_pte = pte_swp_mksoft_dirty(swp_pte);
				if (pte_swp_uffd_wp(pte))
					swp_pte = pte_swp_mkuffd_wp(swp_pte);
			}
#endif
			set_pte_at(mm, addr, ptep, swp_pte);

			/* the pte no longer maps the page; its reference goes with it */
			folio_remove_rmap_pte(folio, page, vma);
			folio_put(folio);

			if (pte_present(pte))
				unmapped++;
		} else {
			folio_put(folio);
			mpfn = 0;
		}

next:
		migrate->dst[migrate->npages] = 0;
		migrate->src[migrate->npages++] = mpfn;
	}

#ifdef MMSTEP_BUG_LATE_TLB_FLUSH
	/*
	 * Bug 3.1 (before 60bae7370896, 2022): the PTL is dropped first and the TLB flushed
	 * afterwards. In between, a zap of this range sees only non-present ptes, so it has
	 * nothing to flush, returns, and the CPU can still write through its old translation.
	 */
	arch_leave_lazy_mmu_mode();
	pte_unmap_unlock(ptep - 1, ptl);
	MMSTEP_POINT();
	if (unmapped)
		flush_tlb_range(walk->vma, start, end);
#else
	/* Flush before dropping the PTL (bug 3.1): a zap must not see a stale TLB. */
	if (unmapped)
		flush_tlb_range(walk->vma, start, end);

	arch_leave_lazy_mmu_mode();
	pte_unmap_unlock(ptep - 1, ptl);
	MMSTEP_POINT();
#endif

	return 0;
}

static const struct mm_walk_ops migrate_vma_walk_ops = {
	.pmd_entry = migrate_vma_collect_pmd,
	.pte_hole = migrate_vma_collect_hole,
	.walk_lock = PGWALK_RDLOCK,
};

/* mmstep-stage: collect */
static void migrate_vma_collect(struct migrate_vma *migrate)
{
	struct mmu_notifier_range range;

	/*
	 * The owner lets the migrating driver skip invalidating its own mirror: it updates
	 * it itself once the pages have moved.
	 */
	mmu_notifier_range_init_owner(&range, MMU_NOTIFY_MIGRATE, 0,
				      migrate->vma->vm_mm, migrate->start, migrate->end,
				      migrate->pgmap_owner);
	mmu_notifier_invalidate_range_start(&range);

	walk_page_range(migrate->vma->vm_mm, migrate->start, migrate->end,
			&migrate_vma_walk_ops, migrate);

	mmu_notifier_invalidate_range_end(&range);
	migrate->end = migrate->start + (migrate->npages << PAGE_SHIFT);
}

/*
 * Can the page migrate? Every reference must be accounted for: the isolation (or collect)
 * reference, the fault path's one, and for device pages one more that used to be held by the
 * free pool. Anything else is a pin (GUP, a racing get_page).
 */
static bool migrate_vma_check_page(struct page *page, struct page *fault_page)
{
	struct folio *folio = page_folio(page);
	int extra = 1 + (page == fault_page);

	if (folio_test_large(folio))
		return false;
	if (is_zone_device_page(page))
		extra++;
	if (folio_mapping(folio))
		extra++;
	if ((folio_ref_count(folio) - extra) > folio_mapcount(folio))
		return false;
	return true;
}

/*
 * Put back the pages migrate_device_unmap gave up on (no MIGRATE flag any more): every
 * migration entry pointing at them becomes a normal pte again, the slot is cleared, and the
 * lock and the collect-equivalent reference are dropped. (Inline in the kernel's
 * migrate_device_unmap; a function here so the state view can name the stage.)
 */
/* mmstep-stage: restore */
static void migrate_device_restore(unsigned long *src_pfns, unsigned long npages,
				   unsigned long restore, struct folio *fault_folio)
{
	unsigned long i;

	for (i = 0; i < npages && restore; i++) {
		struct page *page = migrate_pfn_to_page(src_pfns[i]);
		struct folio *folio;

		if (!page || (src_pfns[i] & MIGRATE_PFN_MIGRATE))
			continue;

		folio = page_folio(page);
		remove_migration_ptes(folio, folio, 0);

		src_pfns[i] = 0;
		if (folio != fault_folio)
			folio_unlock(folio);
		folio_put(folio);
		restore--;
	}
}

/* mmstep-stage: unmap */
static unsigned long migrate_device_unmap(unsigned long *src_pfns, unsigned long npages,
					  struct page *fault_page)
{
	struct folio *fault_folio = fault_page ? page_folio(fault_page) : NULL;
	unsigned long i, restore = 0;
	bool allow_drain = true;
	unsigned long unmapped = 0;

	lru_add_drain();

	for (i = 0; i < npages; i++) {
		struct page *page = migrate_pfn_to_page(src_pfns[i]);
		struct folio *folio;

		if (!page) {
			if (src_pfns[i] & MIGRATE_PFN_MIGRATE)
				unmapped++;
			continue;
		}

		folio = page_folio(page);
		/* ZONE_DEVICE folios are not on an LRU. */
		if (!folio_is_zone_device(folio)) {
			if (!folio_test_lru(folio) && allow_drain) {
				/* Drain every CPU's add batch, once per call. */
				lru_add_drain_all();
				allow_drain = false;
			}

			if (!folio_isolate_lru(folio)) {
				src_pfns[i] &= ~MIGRATE_PFN_MIGRATE;
				restore++;
				continue;
			}

			/* The isolation holds its own reference: drop the collect one. */
			folio_put(folio);
		}

		if (folio_mapped(folio))
			try_to_migrate(folio, 0);

		if (folio_mapped(folio) || !migrate_vma_check_page(page, fault_page)) {
			if (!folio_is_zone_device(folio)) {
				folio_get(folio);
				folio_putback_lru(folio);
			}

			src_pfns[i] &= ~MIGRATE_PFN_MIGRATE;
			restore++;
			continue;
		}

		unmapped++;
	}

	if (restore)
		migrate_device_restore(src_pfns, npages, restore, fault_folio);

	return unmapped;
}

static void migrate_vma_unmap(struct migrate_vma *migrate)
{
	migrate->cpages = migrate_device_unmap(migrate->src, migrate->npages,
					       migrate->fault_page);
}

int migrate_vma_setup(struct migrate_vma *args)
{
	long nr_pages = (args->end - args->start) >> PAGE_SHIFT;
	long i;

	args->start &= PAGE_MASK;
	args->end &= PAGE_MASK;
	if (!args->vma || is_vm_hugetlb_page(args->vma) ||
	    (args->vma->vm_flags & VM_SPECIAL) || vma_is_dax(args->vma))
		return -EINVAL;
	if (nr_pages <= 0)
		return -EINVAL;
	if (args->start < args->vma->vm_start ||
	    args->start >= args->vma->vm_end)
		return -EINVAL;
	if (args->end <= args->vma->vm_start || args->end > args->vma->vm_end)
		return -EINVAL;
	if (!args->src || !args->dst)
		return -EINVAL;
	if (args->fault_page && !is_device_private_page(args->fault_page))
		return -EINVAL;
	if (args->fault_page && !PageLocked(args->fault_page))
		return -EINVAL;

	for (i = 0; i < nr_pages; i++)
		args->src[i] = 0;
	args->cpages = 0;
	args->npages = 0;

	migrate_vma_collect(args);

	if (args->cpages)
		migrate_vma_unmap(args);

	/*
	 * At this point pages are locked and unmapped, and thus they have stable content
	 * and can safely be copied to destination memory until migrate_vma_finalize().
	 */
	return 0;
}

/* migrate pages, finalize and the vma-less entry points */
#include "migrate_device_finish.c"
