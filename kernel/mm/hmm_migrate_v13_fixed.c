// SPDX-License-Identifier: MIT
/*
 * mmstep: the HMM v13 migration helper (J. Glisse, Nov 2016) with the seed's restore-loop bug
 * corrected: the posted version (hmm_migrate_v13.c, #included below, with everything it
 * includes) with only the loop that unlocks the restored pages of one pmd replaced. Here it
 * advances addr by PAGE_SIZE, in step with the slot index, so it stops at the end of the pmd
 * and the restore pass moves on to the next pmd's ptes before unlocking their pages
 * (kernel-semantics §3.15). A scenario loads one of the two files, never both.
 *
 * Written for mmstep in kernel style from docs/kernel-semantics.md §1.10; not from any kernel.
 */
/* the posted file, minus its hmm_migrate_unlock_restored() */
#define HMM_V13_FIXED_RESTORE_LOOP
#include "hmm_migrate_v13.c"

/* mmstep-stage: restore */
void hmm_migrate_unlock_restored(struct hmm_migrate *migrate, unsigned long *addrp,
				 unsigned long *ip, unsigned long next, unsigned long *restorep)
{
	unsigned long addr = *addrp, i = *ip, restore = *restorep;

	for (; addr < next && restore; addr += PAGE_SIZE, i++) {
		struct page *page = hmm_pfn_to_page(migrate->pfns[i]);

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

	*addrp = addr;
	*ip = i;
	*restorep = restore;
}
