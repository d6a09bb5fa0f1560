// SPDX-License-Identifier: MIT
/*
 * mmstep: the HMM v13 migration helper AS POSTED (J. Glisse, "[HMM v13 16/18]
 * mm/hmm/migrate: new memory migration helper for use with device memory", 18 Nov 2016),
 * with its restore-loop bug. The corrected version is hmm_migrate_v13_fixed.c; a scenario
 * loads one of the two, never both.
 *
 * The stages both versions share are in hmm_migrate_v13_prepare.c (collect, lock & isolate,
 * the restore pass) and hmm_migrate_v13_finish.c (unmap, migrate the struct pages, remove the
 * migration entries, hmm_vma_migrate). This file holds the one loop that differs: unlocking
 * the pages the restore pass mapped back, which advances addr by PAGE_SHIFT where PAGE_SIZE
 * was meant (the seed's bug, kernel-semantics §3.15). The slot index i still advances by one
 * per iteration while addr creeps forward 12 bytes at a time, so the loop runs on past the
 * current pmd's slots: a restored page of the next pmd is unlocked and put back while its pte
 * is still a migration entry — which is then never restored, and a CPU touching it would wait
 * on an unlocked page (invariant migration-entry-locked). Once the restore count reaches 0 the
 * pass stops, so the pages of the next pmd never get their ptes back.
 *
 * Written for mmstep in kernel style from docs/kernel-semantics.md §1.10 and the review
 * thread (seed/000_05dd481b412bb0e8.txt); it is not the posted patch.
 */
#include "hmm_migrate_v13_prepare.c"
#include "hmm_migrate_v13_finish.c"

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
