// SPDX-License-Identifier: MIT
/*
 * mmstep: the HMM v13 migration helper (J. Glisse, Nov 2016) with its two restore passes
 * corrected — the reference the posted version (hmm_migrate_v13.c) is compared against. This
 * file defines HMM_V13_FIXED and its own hmm_migrate_lock_and_isolate() and hmm_migrate_unmap(),
 * then #includes the posted file for everything else (collect, hmm_migrate_page_check, the
 * struct-page and finalize passes, hmm_vma_migrate), which skips its versions of those two.
 * A scenario loads one of the two files, never both.
 *
 * What differs from the posted functions (kernel-semantics §3.15):
 *  lock & isolate's restore pass
 *   - walks from each slot that is to be restored (posted: from each slot still migrating);
 *   - leaves a pte it did not install alone: a present pte (collect's trylock failed, so the
 *     pte was never replaced) is the page's mapping already (posted: cleared);
 *   - reads soft-dirty from the migration entry before clearing it (posted: from the cleared
 *     pte) and keeps the write permission (posted: a bool and-ed with VM_WRITE, always 0);
 *   - unlocks the restored pages of a pmd stepping one page at a time, in step with the slot
 *     index, so it stops at the end of that pmd.
 *  unmap's restore loop starts again at the first slot (posted: where the unmap loop ended, so
 *  it never runs and the pages stay locked behind their migration entries).
 *
 * Written for mmstep in kernel style from docs/kernel-semantics.md §1.10; not from any kernel.
 */
#include <linux/mm.h>
#include <linux/swapops.h>
#include <linux/zone_device_legacy.h>
#include <linux/hmm.h>
#include <linux/migrate_legacy.h>

#define HMM_V13_FIXED

/*
 * Turn the migration entry at ptep (installed by collect) back into a mapping of its page.
 * Called under the PTE lock. Returns false if the pte is not the migration entry we expect.
 */
static bool hmm_restore_one(struct hmm_migrate *migrate, unsigned long i, unsigned long addr,
			    pte_t *ptep)
{
	struct vm_area_struct *vma = migrate->vma;
	struct mm_struct *mm = vma->vm_mm;
	struct page *page;
	swp_entry_t entry;
	pte_t old, pte;
	bool write;

	old = *ptep;
	if (pte_present(old))
		/* collect's trylock failed: this pte was never replaced */
		return true;
	if (!is_swap_pte(old))
		return false;
	entry = pte_to_swp_entry(old);
	if (!is_migration_entry(entry))
		return false;

	page = migration_entry_to_page(entry);
	write = (migrate->pfns[i] & HMM_PFN_WRITE) && (vma->vm_flags & VM_WRITE);
	if (is_zone_device_page(page) && !is_addressable_page(page)) {
		pte = swp_entry_to_pte(make_device_entry(page, write));
		if (pte_swp_soft_dirty(old))
			pte = pte_swp_mksoft_dirty(pte);
	} else {
		pte = pte_mkold(mk_pte(page, vma->vm_page_prot));
		if (write)
			pte = pte_mkwrite(pte);
		if (pte_swp_soft_dirty(old))
			pte = pte_mksoft_dirty(pte);
	}

	/* the restored pte owns a reference and a mapcount again */
	ptep_get_and_clear(mm, addr, ptep);
	get_page(page);
	set_pte_at(mm, addr, ptep, pte);
	if (PageAnon(page))
		page_add_anon_rmap(page, vma, addr, false);
	else
		page_add_file_rmap(page, false);
	return true;
}

/* mmstep-stage: lock & isolate */
void hmm_migrate_lock_and_isolate(struct hmm_migrate *migrate)
{
	unsigned long addr = migrate->start, i = 0;
	struct mm_struct *mm = migrate->vma->vm_mm;
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

	/* restore pass: one pmd at a time, ptes under the lock first, then the pages */
	for (addr = migrate->start, i = 0; addr < migrate->end && restore;) {
		struct page *page = hmm_pfn_to_page(migrate->pfns[i]);
		unsigned long next, restart;
		spinlock_t *ptl;
		pgd_t *pgdp;
		pud_t *pudp;
		pmd_t *pmdp;
		pte_t *ptep;

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
			/* the entry we installed is gone: warn, and leave the pte as it is */
			WARN_ON(!hmm_restore_one(migrate, i, addr, ptep));
		}
		pte_unmap_unlock(ptep - 1, ptl);

		/* back to the first restored pte of this pmd, to unlock what was restored */
		addr = restart;
		i = (addr - migrate->start) >> PAGE_SHIFT;
		for (; addr < next && restore; addr += PAGE_SIZE, i++) {
			page = hmm_pfn_to_page(migrate->pfns[i]);
			if (!page || (migrate->pfns[i] & HMM_PFN_MIGRATE))
				continue;

			/* its pte was restored under the lock just before: now let it go */
			migrate->pfns[i] = 0;
			unlock_page(page);
			restore--;

			if (is_zone_device_page(page)) {
				put_page(page);
				continue;
			}
			putback_lru_page(page);
		}
	}
}

/*
 * As posted, but the restore loop starts again at the first slot: every page the first loop
 * gave up on is mapped back, unlocked and put back.
 */
/* mmstep-stage: unmap */
static void hmm_migrate_unmap(struct hmm_migrate *migrate)
{
	int flags = TTU_MIGRATION | TTU_IGNORE_MLOCK | TTU_IGNORE_ACCESS;
	unsigned long addr = migrate->start, i = 0, restore = 0;

	for (; addr < migrate->end; addr += PAGE_SIZE, i++) {
		struct page *page = hmm_pfn_to_page(migrate->pfns[i]);

		if (!page || !(migrate->pfns[i] & HMM_PFN_MIGRATE))
			continue;

		try_to_unmap(page, flags);
		if (page_mapped(page) || !hmm_migrate_page_check(page, 1)) {
			migrate->pfns[i] &= ~HMM_PFN_MIGRATE;
			migrate->npages--;
			restore++;
		}
	}

	/* put back what cannot move: migration entries become mappings of the page again */
	for (addr = migrate->start, i = 0; addr < migrate->end && restore; addr += PAGE_SIZE, i++) {
		struct page *page = hmm_pfn_to_page(migrate->pfns[i]);

		if (!page || (migrate->pfns[i] & HMM_PFN_MIGRATE))
			continue;

		remove_migration_ptes(page, page, false);

		migrate->pfns[i] = 0;
		unlock_page(page);
		restore--;

		if (is_zone_device_page(page))
			put_page(page);
		else
			putback_lru_page(page);
	}
}

/* the posted file, minus its hmm_migrate_lock_and_isolate() and hmm_migrate_unmap() */
#include "hmm_migrate_v13.c"
