// SPDX-License-Identifier: MIT
/*
 * mmstep: the HMM v13 migration helper AS POSTED (J. Glisse, "[HMM v13 16/18]
 * mm/hmm/migrate: new memory migration helper for use with device memory", 18 Nov 2016),
 * with its restore-loop bug. This file has the first stages — collect, lock & isolate and its
 * restore pass — and includes hmm_migrate_v13_finish.c for the rest (unmap, migrate the struct
 * pages, remove the migration entries, hmm_vma_migrate).
 *
 * The bug (kernel-semantics §3.15) is in hmm_migrate_unlock_restored() at the end: the loop
 * that unlocks the pages the restore pass mapped back advances addr by PAGE_SHIFT where
 * PAGE_SIZE was meant. The slot index i still advances by one per iteration while addr creeps
 * forward 12 bytes at a time, so the loop runs on past the current pmd's slots: a restored page
 * of the next pmd is unlocked and put back while its pte is still a migration entry, and a CPU
 * touching it would wait on an unlocked page (invariant migration-entry-locked). Once the
 * restore count reaches 0 the pass stops, so the pages of the next pmd never get their ptes
 * back.
 *
 * The corrected version, hmm_migrate_v13_fixed.c, is this file with only that loop replaced:
 * it defines HMM_V13_FIXED_RESTORE_LOOP and #includes this file. A scenario loads one of the
 * two, never both.
 *
 * Written for mmstep in kernel style from the description in docs/kernel-semantics.md §1.10
 * and the behaviour discussed in the review thread (seed/000_05dd481b412bb0e8.txt); it is not
 * the posted patch. It keeps the v13 behaviour a reviewer wants to examine, including what
 * upstream later changed:
 *  - collect clears each pte first and decides afterwards (later kernels read, then clear);
 *  - the trylock fast path installs a migration entry only in this process's page table;
 *  - the TLB is flushed after the PTE lock is dropped (upstream bug 3.1, fixed in 2022);
 *  - soft-dirty is read with the present-pte helper, even for device entries (bug 3.6);
 *  - lock & isolate sleeps in lock_page() for pages collect could not trylock;
 *  - the restore pass walks the page table by hand, one pmd at a time.
 */
#include <linux/mm.h>
#include <linux/swapops.h>
#include <linux/mmu_notifier.h>
#include <linux/pagewalk.h>
#include <linux/hmm.h>

/*
 * The second loop of the restore pass: unlock and put back the restored pages of one pmd,
 * [*addrp, next), advancing *addrp / *ip and counting *restorep down. Defined at the end of
 * this file as posted, or by hmm_migrate_v13_fixed.c.
 */
void hmm_migrate_unlock_restored(struct hmm_migrate *migrate, unsigned long *addrp,
				 unsigned long *ip, unsigned long next, unsigned long *restorep);

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

	if (pmd_none(*pmdp))
		return 0;
	/* No PMD migration entries in 2016: a huge pmd is split to ptes first. */
	split_huge_pmd(vma, pmdp, addr);

	slot = migrate->pfns + ((addr - migrate->start) >> PAGE_SHIFT);
	ptep = pte_offset_map_lock(mm, pmdp, addr, &ptl);
	arch_enter_lazy_mmu_mode();

	for (; addr < end; addr += PAGE_SIZE, slot++, ptep++) {
		unsigned long pfn, flags = 0;
		struct page *page;
		swp_entry_t entry;
		pte_t orig;
		int write;

		/* v13 clears first and puts the pte back when it cannot use it. */
		orig = ptep_get_and_clear(mm, addr, ptep);
		if (pte_none(orig))
			continue;	/* holes are not migrated in v13 */

		if (!pte_present(orig)) {
			entry = pte_to_swp_entry(orig);
			if (!is_device_private_entry(entry)) {
				/* swap or migration entry: not ours to move */
				set_pte_at(mm, addr, ptep, orig);
				continue;
			}
			page = device_private_entry_to_page(entry);
			write = is_write_device_private_entry(entry);
			flags = HMM_PFN_DEVICE | HMM_PFN_UNADDRESSABLE;
			pfn = page_to_pfn(page);
		} else {
			pfn = pte_pfn(orig);
			write = pte_write(orig);
			page = vm_normal_page(vma, addr, orig);
			if (!page) {
				/* zero page or special mapping */
				set_pte_at(mm, addr, ptep, orig);
				continue;
			}
		}

		*slot = hmm_pfn_from_pfn(pfn) | HMM_PFN_MIGRATE | flags;
		if (write)
			*slot |= HMM_PFN_WRITE;
		migrate->npages++;
		get_page(page);

		if (!trylock_page(page)) {
			/*
			 * Someone holds the page lock: leave the mapping as it was. The
			 * reference stays, lock & isolate will sleep on the lock later.
			 */
			set_pte_at(mm, addr, ptep, orig);
			continue;
		}

		*slot |= HMM_PFN_LOCKED;
		entry = make_migration_entry(page, write);
		{
			pte_t mig = swp_entry_to_pte(entry);

			/* present-pte helper, also for device entries (upstream bug 3.6) */
			if (pte_soft_dirty(orig))
				mig = pte_swp_mksoft_dirty(mig);
			set_pte_at(mm, addr, ptep, mig);
		}
		/* the pte no longer maps the page: drop its mapcount and its reference */
		page_remove_rmap(page, false);
		put_page(page);
		unmapped++;
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
	if (PageCompound(page))
		return false;
	if (is_zone_device_page(page))
		extra++;
	if ((page_count(page) - extra) > page_mapcount(page))
		return false;
	return true;
}

/*
 * Turn the migration entry at ptep (installed by collect) back into a mapping of its page.
 * Called under the PTE lock. Returns false if the pte is not the migration entry we expect.
 */
static bool hmm_restore_one(struct hmm_migrate *migrate, unsigned long addr, pte_t *ptep)
{
	struct vm_area_struct *vma = migrate->vma;
	struct mm_struct *mm = vma->vm_mm;
	struct page *page;
	swp_entry_t entry;
	pte_t old, pte;

	old = ptep_get_and_clear(mm, addr, ptep);
	if (pte_present(old)) {
		/* collect's trylock failed: this pte was never replaced */
		set_pte_at(mm, addr, ptep, old);
		return true;
	}
	if (!is_swap_pte(old)) {
		set_pte_at(mm, addr, ptep, old);
		return false;
	}
	entry = pte_to_swp_entry(old);
	if (!is_migration_entry(entry)) {
		set_pte_at(mm, addr, ptep, old);
		return false;
	}

	page = migration_entry_to_page(entry);
	if (is_zone_device_page(page)) {
		entry = make_device_private_entry(page, is_write_migration_entry(entry));
		pte = swp_entry_to_pte(entry);
		if (pte_swp_soft_dirty(old))
			pte = pte_swp_mksoft_dirty(pte);
	} else {
		pte = pte_mkold(mk_pte(page, vma->vm_page_prot));
		if (is_write_migration_entry(entry) && (vma->vm_flags & VM_WRITE))
			pte = pte_mkwrite(pte);
		if (pte_swp_soft_dirty(old))
			pte = pte_mksoft_dirty(pte);
	}

	/* the restored pte owns a reference and a mapcount again */
	get_page(page);
	set_pte_at(mm, addr, ptep, pte);
	if (PageAnon(page))
		page_add_anon_rmap(page, vma, addr, false);
	else
		page_add_file_rmap(page, false);
	return true;
}

/*
 * Restore pass of lock & isolate: pages that dropped out get their mapping back. The page
 * table is walked by hand, one pmd at a time: first every pte of the pmd is restored under its
 * lock, then the pages are unlocked and put back on the LRU (hmm_migrate_unlock_restored).
 */
/* mmstep-stage: restore */
static void hmm_migrate_restore(struct hmm_migrate *migrate, unsigned long restore)
{
	struct mm_struct *mm = migrate->vma->vm_mm;
	unsigned long addr, i;

	for (addr = migrate->start, i = 0; addr < migrate->end && restore;) {
		unsigned long next, restart;
		struct page *page;
		spinlock_t *ptl;
		pgd_t *pgdp;
		pud_t *pudp;
		pmd_t *pmdp;
		pte_t *ptep;

		page = hmm_pfn_to_page(migrate->pfns[i]);
		if (!page || (migrate->pfns[i] & HMM_PFN_MIGRATE)) {
			addr += PAGE_SIZE;
			i++;
			continue;
		}

		next = pmd_addr_end(addr, migrate->end);
		pgdp = pgd_offset(mm, addr);
		pudp = pud_offset(pgdp, addr);
		pmdp = pmd_offset(pudp, addr);
		if (WARN_ON(pmd_none(*pmdp))) {
			/* the table holding our migration entries vanished */
			i += (next - addr) >> PAGE_SHIFT;
			addr = next;
			continue;
		}

		restart = addr;
		ptep = pte_offset_map_lock(mm, pmdp, addr, &ptl);
		for (; addr < next; addr += PAGE_SIZE, i++, ptep++) {
			page = hmm_pfn_to_page(migrate->pfns[i]);
			if (!page || (migrate->pfns[i] & HMM_PFN_MIGRATE))
				continue;
			/* SOMETHING BAD IS GOING ON: the entry we installed is gone */
			WARN_ON(!hmm_restore_one(migrate, addr, ptep));
		}
		pte_unmap_unlock(ptep - 1, ptl);

		/* back to the first restored pte of this pmd, to unlock what was restored */
		addr = restart;
		i = (addr - migrate->start) >> PAGE_SHIFT;
		hmm_migrate_unlock_restored(migrate, &addr, &i, next, &restore);

		if (!restore)
			break;
	}
}

/* mmstep-stage: lock & isolate */
void hmm_migrate_lock_and_isolate(struct hmm_migrate *migrate)
{
	unsigned long addr = migrate->start, i = 0;
	unsigned long restore = 0;
	bool allow_drain = true;

	/* pages faulted in recently may still sit in this CPU's LRU add batch */
	lru_add_drain();

again:
	for (; addr < migrate->end; addr += PAGE_SIZE, i++) {
		struct page *page = hmm_pfn_to_page(migrate->pfns[i]);

		if (!page)
			continue;

		/*
		 * The page lock keeps anyone from mapping the page anew while it moves.
		 * Collect could only trylock; here we may sleep for it.
		 */
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

	if (restore)
		hmm_migrate_restore(migrate, restore);
}

#ifndef HMM_V13_FIXED_RESTORE_LOOP
/* mmstep-stage: restore */
void hmm_migrate_unlock_restored(struct hmm_migrate *migrate, unsigned long *addrp,
				 unsigned long *ip, unsigned long next, unsigned long *restorep)
{
	unsigned long addr = *addrp, i = *ip, restore = *restorep;

	/* as posted: PAGE_SHIFT where PAGE_SIZE was meant (see the file header) */
	for (; addr < next && restore; addr += PAGE_SHIFT, i++) {
		struct page *page = hmm_pfn_to_page(migrate->pfns[i]);

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

	*addrp = addr;
	*ip = i;
	*restorep = restore;
}
#endif /* !HMM_V13_FIXED_RESTORE_LOOP */

#include "hmm_migrate_v13_finish.c"
