// SPDX-License-Identifier: MIT
/*
 * mmstep: the HMM v13 migration helper as posted (J. Glisse, "[HMM v13 16/18] mm/hmm/migrate:
 * new memory migration helper for use with device memory", 18 Nov 2016), defects included, so
 * that a reviewer steps through what was on the list. This file has the first stages — collect,
 * and lock & isolate with its restore pass — and includes hmm_migrate_v13_finish.c for the rest
 * (unmap, migrating the struct pages, removing the migration entries, hmm_vma_migrate).
 *
 * Written for mmstep in kernel style from the patch as quoted in its review thread
 * (seed/000_05dd481b412bb0e8.txt and the replies it answers) and docs/kernel-semantics.md
 * §1.10; it is not the posted text. It keeps the v13 behaviour, including what upstream
 * changed later:
 *  - collect clears each pte first and decides afterwards (later kernels read, then clear);
 *  - the trylock fast path installs a migration entry only in this process's page table;
 *  - the TLB is flushed after the PTE lock is dropped (upstream bug 3.1, fixed in 2022);
 *  - soft-dirty is read with the present-pte helper, even for device entries (bug 3.6);
 *  - lock & isolate sleeps in lock_page() for pages collect could not trylock;
 *  - the restore pass walks the page table by hand, one pmd at a time, inside
 *    hmm_migrate_lock_and_isolate().
 *
 * Where the model makes it differ from the posted code:
 *  - hmm_migrate_collect() and hmm_migrate_lock_and_isolate() are not static: the test driver
 *    (kernel/test/hmm_test_v13.c) runs them one by one.
 *  - page->pgmap->flags is hmm_page_pgmap_flags(page) (linux/zone_device_legacy.h): the model's
 *    device memory is always MEMORY_MOVABLE, so collect's MEMORY_MOVABLE test never skips.
 *  - pgd_none_or_clear_bad() is pgd_none(): the model's page tables have no bad pgd entries.
 *  - collect takes the page of a present pte with pfn_to_page(), without vm_normal_page():
 *    the shared zero page has no struct page in the model, so a zero-page pte in the range
 *    would stop the run there with a model fault (v13 would have collected the zero page);
 *    scenarios cannot map the zero page, so this does not arise.
 *  - the model has no transparent huge pages: split_huge_pmd() never has a huge pmd to split,
 *    pmd_trans_unstable() is true only for a none or bad pmd (so its retry is seen only on a
 *    bad pmd, test/unit/v13/posted.test.ts), and PageTransCompound() only for a page a test
 *    marks compound.
 *  - stage markers name functions, so the restore pass, inside lock & isolate as posted, is
 *    not announced as a stage of its own.
 *
 * hmm_migrate_v13_fixed.c is this flow with its restore passes corrected; it defines
 * HMM_V13_FIXED, its own hmm_migrate_lock_and_isolate() and hmm_migrate_unmap(), and
 * #includes this file for the rest. A scenario loads one of the two files, never both.
 */
#include <linux/mm.h>
#include <linux/mm_compat.h>
#include <linux/swapops.h>
#include <linux/zone_device_legacy.h>
#include <linux/mmu_notifier.h>
#include <linux/pagewalk.h>
#include <linux/hmm.h>

/*
 * pmd_entry callback of the collect walk. Runs under the PTE lock, so it must not sleep:
 * trylock_page() instead of lock_page(). Each page found gets a reference (so it cannot be
 * freed under us) and a MIGRATE slot; when its lock can be taken right away, its pte is
 * replaced by a migration entry now — an optimisation for the common case of a page mapped
 * only here. Pages mapped elsewhere are unmapped later by the unmap stage.
 */
static int hmm_collect_walk_pmd(pmd_t *pmdp, unsigned long start, unsigned long end,
				struct mm_walk *walk)
{
	struct hmm_migrate *migrate = walk->private;
	struct vm_area_struct *vma = walk->vma;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = start;
	unsigned long unmapped = 0;
	hmm_pfn_t *slot;
	spinlock_t *ptl;
	pte_t *ptep;

again:
	if (pmd_none(*pmdp))
		return 0;
	/* No PMD migration entries in 2016: a huge pmd is split to ptes first. */
	split_huge_pmd(vma, pmdp, addr);
	/* the pmd may have changed under us (or be bad): look at it again */
	if (pmd_trans_unstable(pmdp))
		goto again;

	slot = migrate->pfns + ((addr - migrate->start) >> PAGE_SHIFT);
	ptep = pte_offset_map_lock(mm, pmdp, addr, &ptl);
	arch_enter_lazy_mmu_mode();

	for (; addr < end; addr += PAGE_SIZE, slot++, ptep++) {
		unsigned long pfn;
		struct page *page;
		swp_entry_t entry;
		hmm_pfn_t flags;
		pte_t orig;
		bool write;

		/* v13 clears first and puts the pte back when it cannot use it. */
		orig = ptep_get_and_clear(mm, addr, ptep);
		if (!pte_present(orig)) {
			if (pte_none(orig))
				continue;	/* holes are not migrated in v13 */

			entry = pte_to_swp_entry(orig);
			if (!is_device_entry(entry)) {
				/* swap or migration entry: not ours to move */
				set_pte_at(mm, addr, ptep, orig);
				continue;
			}
			flags = HMM_PFN_DEVICE | HMM_PFN_UNADDRESSABLE;
			page = device_entry_to_page(entry);
			write = is_write_device_entry(entry);
			pfn = page_to_pfn(page);

			/* device memory that may not move (DAX) stays where it is */
			if (!(hmm_page_pgmap_flags(page) & MEMORY_MOVABLE)) {
				set_pte_at(mm, addr, ptep, orig);
				continue;
			}
		} else {
			pfn = pte_pfn(orig);
			page = pfn_to_page(pfn);
			write = pte_write(orig);
			/* CPU-addressable device memory can be mapped like RAM */
			flags = is_zone_device_page(page) ? HMM_PFN_DEVICE : 0;
		}

		/* no THP support yet (see hmm_migrate_page_check) */
		if (PageTransCompound(page))
			continue;

		*slot = hmm_pfn_from_pfn(pfn) | HMM_PFN_MIGRATE | flags;
		*slot |= write ? HMM_PFN_WRITE : 0;
		migrate->npages++;
		get_page(page);

		if (!trylock_page(page)) {
			/*
			 * Someone holds the page lock: leave the mapping as it was. The
			 * reference stays, lock & isolate will sleep on the lock later.
			 */
			set_pte_at(mm, addr, ptep, orig);
		} else {
			pte_t mig;

			*slot |= HMM_PFN_LOCKED;

			entry = make_migration_entry(page, write);
			mig = swp_entry_to_pte(entry);
			if (pte_soft_dirty(orig))
				mig = pte_swp_mksoft_dirty(mig);
			set_pte_at(mm, addr, ptep, mig);

			/* the pte no longer maps the page: drop its mapcount and its reference */
			page_remove_rmap(page, false);
			put_page(page);
			unmapped++;
		}
	}

	arch_leave_lazy_mmu_mode();
	/* the loop left ptep one past the last entry it handled */
	pte_unmap_unlock(ptep - 1, ptl);

	/*
	 * Flush only if some pte changed. Done after dropping the PTE lock, as in v13: between
	 * the unlock and the flush, other CPUs may still use the old translations.
	 */
	if (unmapped)
		flush_tlb_range(vma, start, end);

	return 0;
}

/* mmstep-stage: collect */
void hmm_migrate_collect(struct hmm_migrate *migrate)
{
	struct mm_walk walk;

	walk.pmd_entry = hmm_collect_walk_pmd;
	walk.pte_hole = NULL;
	walk.vma = migrate->vma;
	walk.mm = migrate->vma->vm_mm;
	walk.private = migrate;

	mmu_notifier_invalidate_range_start(walk.mm, migrate->start, migrate->end);
	walk_page_range(migrate->start, migrate->end, &walk);
	mmu_notifier_invalidate_range_end(walk.mm, migrate->start, migrate->end);
}

/*
 * Is the page pinned? Besides its mappings it may only hold the references we account for
 * in extra (the isolation reference). ZONE_DEVICE pages carry one more (their pgmap's).
 */
bool hmm_migrate_page_check(struct page *page, int extra)
{
	/* no THP support yet: a huge page may be mapped by a pmd and by ptes */
	if (PageCompound(page))
		return false;
	if (is_zone_device_page(page))
		extra++;
	if ((page_count(page) - extra) > page_mapcount(page))
		return false;
	return true;
}

#ifndef HMM_V13_FIXED
/*
 * Lock every collected page (collect could only trylock; here we may sleep), take it off the
 * LRU and check that nothing else holds it. Pages that drop out lose MIGRATE and are restored:
 * the page table is walked again by hand, one pmd at a time — first the ptes of the pmd are
 * rebuilt under its lock, then the pages of that pmd are unlocked and put back.
 */
/* mmstep-stage: lock & isolate */
void hmm_migrate_lock_and_isolate(struct hmm_migrate *migrate)
{
	unsigned long addr = migrate->start, i = 0;
	struct mm_struct *mm = migrate->vma->vm_mm;
	struct vm_area_struct *vma = migrate->vma;
	unsigned long restore = 0;
	bool allow_drain = true;

	/* pages faulted in recently may still sit in this CPU's LRU add batch */
	lru_add_drain();

again:
	for (; addr < migrate->end; addr += PAGE_SIZE, i++) {
		struct page *page = hmm_pfn_to_page(migrate->pfns[i]);

		if (!page)
			continue;

		/* the page lock keeps anyone from mapping the page anew while it moves */
		if (!(migrate->pfns[i] & HMM_PFN_LOCKED)) {
			lock_page(page);
			migrate->pfns[i] |= HMM_PFN_LOCKED;
		}

		/* device memory is never on an LRU list */
		if (is_zone_device_page(page))
			goto check;

		if (!PageLRU(page) && allow_drain) {
			/* drain every CPU's batch once, then retry this page */
			lru_add_drain_all();
			allow_drain = false;
			goto again;
		}

		if (isolate_lru_page(page)) {
			/* someone else has it isolated: give up on this page */
			migrate->pfns[i] &= ~HMM_PFN_MIGRATE;
			migrate->npages--;
			put_page(page);
			restore++;
		} else {
			/* the isolation holds its own reference: drop collect's */
			put_page(page);
		}

check:
		/* pinned (GUP) or otherwise referenced: it cannot move */
		if (!hmm_migrate_page_check(page, 1)) {
			migrate->pfns[i] &= ~HMM_PFN_MIGRATE;
			migrate->npages--;
			restore++;
		}
	}

	if (!restore)
		return;

	for (addr = migrate->start, i = 0; addr < migrate->end;) {
		struct page *page = hmm_pfn_to_page(migrate->pfns[i]);
		unsigned long next, restart;
		spinlock_t *ptl;
		pgd_t *pgdp;
		pud_t *pudp;
		pmd_t *pmdp;
		pte_t *ptep;

		if (!page || !(migrate->pfns[i] & HMM_PFN_MIGRATE)) {
			addr += PAGE_SIZE;
			i++;
			continue;
		}

		restart = addr;
		pgdp = pgd_offset(mm, addr);
		if (!pgdp || pgd_none(*pgdp)) {
			addr = pgd_addr_end(addr, migrate->end);
			i = (addr - migrate->start) >> PAGE_SHIFT;
			continue;
		}
		pudp = pud_offset(pgdp, addr);
		if (!pudp || pud_none(*pudp)) {
			addr = pgd_addr_end(addr, migrate->end);
			i = (addr - migrate->start) >> PAGE_SHIFT;
			continue;
		}
		pmdp = pmd_offset(pudp, addr);
		next = pmd_addr_end(addr, migrate->end);
		if (!pmdp || pmd_none(*pmdp) || pmd_trans_huge(*pmdp)) {
			addr = next;
			i = (addr - migrate->start) >> PAGE_SHIFT;
			continue;
		}

		ptep = pte_offset_map_lock(mm, pmdp, addr, &ptl);
		for (; addr < next; addr += PAGE_SIZE, i++, ptep++) {
			swp_entry_t entry;
			bool write;
			pte_t pte;

			page = hmm_pfn_to_page(migrate->pfns[i]);
			if (!page || (migrate->pfns[i] & HMM_PFN_MIGRATE))
				continue;

			write = migrate->pfns[i] & HMM_PFN_WRITE;
			write &= (vma->vm_flags & VM_WRITE);

			/* the pte should be the migration entry collect installed */
			pte = ptep_get_and_clear(mm, addr, ptep);
			if (pte_none(pte) || pte_present(pte))
				continue;	/* "cannot happen": not our entry */
			entry = pte_to_swp_entry(pte);
			if (!is_migration_entry(entry))
				continue;	/* "cannot happen": not our entry */

			if (is_zone_device_page(page) && !is_addressable_page(page)) {
				entry = make_device_entry(page, write);
				pte = swp_entry_to_pte(entry);
			} else {
				pte = mk_pte(page, vma->vm_page_prot);
				pte = pte_mkold(pte);
				if (write)
					pte = pte_mkwrite(pte);
			}
			if (pte_swp_soft_dirty(*ptep))
				pte = pte_mksoft_dirty(pte);

			/* the restored pte owns a reference and a mapcount again */
			get_page(page);
			set_pte_at(mm, addr, ptep, pte);
			if (PageAnon(page))
				page_add_anon_rmap(page, vma, addr, false);
			else
				page_add_file_rmap(page, false);
		}
		pte_unmap_unlock(ptep - 1, ptl);

		/* back to the start of this pmd's part: unlock and put back what was restored */
		addr = restart;
		i = (addr - migrate->start) >> PAGE_SHIFT;
		for (; addr < next && restore; addr += PAGE_SHIFT, i++) {
			page = hmm_pfn_to_page(migrate->pfns[i]);
			if (!page || (migrate->pfns[i] & HMM_PFN_MIGRATE))
				continue;

			migrate->pfns[i] = 0;
			unlock_page(page);
			restore--;

			if (is_zone_device_page(page)) {
				put_page(page);
				continue;
			}

			putback_lru_page(page);
		}

		if (!restore)
			break;
	}
}
#endif /* !HMM_V13_FIXED */

#include "hmm_migrate_v13_finish.c"
