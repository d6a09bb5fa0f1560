// SPDX-License-Identifier: MIT
/*
 * mmstep: the second half of the HMM v13 migration helper (J. Glisse, Nov 2016) — unmap, the
 * driver's alloc_and_copy, migrating the struct pages, the driver's finalize_and_map, removing
 * the migration entries — and the exported entry point hmm_vma_migrate(). Not a compilation
 * unit of its own (like the parts kernel/sched/build_policy.c includes): hmm_migrate_v13.c
 * #includes it at its end, for itself and for hmm_migrate_v13_fixed.c; never list it in a
 * scenario's sources.
 *
 * Written for mmstep in kernel style from the patch as quoted in its review thread and
 * docs/kernel-semantics.md §1.10, not the posted text. What a reviewer should see here, as in
 * v13:
 *  - one hmm_pfn_t array serves as source and destination: once the driver has written the
 *    destination pfns, the source pages are found again by re-walking the page tables and
 *    reading the migration entries — without the page-table lock ("nothing can change from
 *    under us": our entries are in place and the pages are locked). Aneesh Kumar asked for
 *    two arrays instead; the version merged in 4.14 has them.
 *  - pte_none entries were never collected (no hole population before 4.14).
 *  - hmm_migrate_unmap() runs its restore loop on from where its first loop stopped, as posted.
 *    hmm_migrate_v13_fixed.c has its own hmm_migrate_unmap() (HMM_V13_FIXED).
 *
 * Where this file does not follow the posted code (the model, or a choice of ours, noted so a
 * reviewer comparing with the list knows):
 *  - hmm_migrate_struct_page() and hmm_migrate_remove_migration_pte() skip a missing pgd / pud /
 *    pmd level (posted: remove_migration_pte dereferences it without a check); the struct-page
 *    pass unlocks an unused destination and drops npages when our migration entry is gone
 *    (posted: only put_page), so the zap scenario ends in a leak report, not a stuck lock.
 *  - finalize maps the new page only where the slot still has MIGRATE (posted: any new pfn the
 *    slot holds, even one whose migrate_page() failed), and puts a migrated system page on the
 *    LRU with lru_cache_add() (4.9's putback_lru_page() of a page never isolated).
 */
#ifndef _MMSTEP_MM_HMM_MIGRATE_V13_FINISH_C
#define _MMSTEP_MM_HMM_MIGRATE_V13_FINISH_C

#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/swapops.h>
#include <linux/hmm.h>
#include <linux/migrate_legacy.h>
#include "hmm_migrate_v13.h"

#ifndef HMM_V13_FIXED
/*
 * Unmap every page still migrating from every process that maps it (collect's fast path only
 * covered this process, and only pages whose trylock succeeded). Afterwards a page may hold
 * nothing but the isolation reference: mapcount 0, no pin. Pages failing that are to be
 * restored by the second loop, which starts where the first one stopped.
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
	for (; (addr < migrate->end) && restore; addr += PAGE_SIZE, i++) {
		struct page *page = hmm_pfn_to_page(migrate->pfns[i]);

		if (!page || (migrate->pfns[i] & HMM_PFN_MIGRATE))
			continue;

		remove_migration_ptes(page, page, false);

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
#endif /* !HMM_V13_FIXED */

/*
 * The pte at ptep of a pmd whose ptes we walk without the lock. Returns the page named by a
 * migration entry there, or NULL when the pte is anything else.
 */
static struct page *hmm_migration_entry_page(pte_t *ptep)
{
	swp_entry_t entry;
	pte_t pte = *ptep;

	if (pte_none(pte) || pte_present(pte))
		return NULL;
	entry = pte_to_swp_entry(pte);
	if (!is_migration_entry(entry))
		return NULL;
	return migration_entry_to_page(entry);
}

/* The pmd covering addr, or NULL when some level of the page table is missing. */
static pmd_t *hmm_migrate_pmd(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgdp = pgd_offset(mm, addr);
	pud_t *pudp;
	pmd_t *pmdp;

	if (pgd_none(*pgdp))
		return NULL;
	pudp = pud_offset(pgdp, addr);
	if (pud_none(*pudp))
		return NULL;
	pmdp = pmd_offset(pudp, addr);
	if (pmd_none(*pmdp))
		return NULL;
	return pmdp;
}

/*
 * The driver has overwritten each migrating slot with its destination page. Find the source
 * page again through our migration entry and move its struct page state (mapping, index,
 * flags; the contents were copied by the driver) to the destination.
 */
/* mmstep-stage: migrate pages */
static void hmm_migrate_struct_page(struct hmm_migrate *migrate)
{
	struct mm_struct *mm = migrate->vma->vm_mm;
	unsigned long addr = migrate->start, i = 0;

	while (addr < migrate->end) {
		unsigned long next = pmd_addr_end(addr, migrate->end);
		pmd_t *pmdp = hmm_migrate_pmd(mm, addr);
		pte_t *ptep;

		if (!pmdp) {
			i += (next - addr) >> PAGE_SHIFT;
			addr = next;
			continue;
		}

		/* no page-table lock: "nothing can change from under us" */
		ptep = pte_offset_map(pmdp, addr);
		for (; addr < next; addr += PAGE_SIZE, i++, ptep++) {
			struct address_space *mapping;
			struct page *newpage, *page;

			newpage = hmm_pfn_to_page(migrate->pfns[i]);
			if (!newpage || !(migrate->pfns[i] & HMM_PFN_MIGRATE))
				continue;

			page = hmm_migration_entry_page(ptep);
			if (!page) {
				/*
				 * Our migration entry is gone (a concurrent zap, e.g.
				 * madvise(MADV_DONTNEED)), and with it the only record of the
				 * source page, which stays locked and isolated: the destination
				 * is not used.
				 */
				migrate->pfns[i] = 0;
				migrate->npages--;
				unlock_page(newpage);
				put_page(newpage);
				continue;
			}

			mapping = page_mapping(page);
			/* the CPU could not read a file page held in un-addressable memory */
			if (mapping && is_device_private_page(newpage)) {
				migrate->pfns[i] &= ~HMM_PFN_MIGRATE;
				continue;
			}

			/* contents already copied by the driver: copy == false */
			if (migrate_page(mapping, newpage, page, MIGRATE_SYNC, false) !=
			    MIGRATEPAGE_SUCCESS)
				/* extra reference: finalize maps the old page back */
				migrate->pfns[i] &= ~HMM_PFN_MIGRATE;
		}
		pte_unmap(ptep - 1);
	}
}

/*
 * Last stage: every migration entry of the range becomes a mapping of the new page (or of the
 * old one where the page did not migrate), then both pages are unlocked and released. Again
 * the old pages are found through the migration entries, walking without the lock.
 */
/* mmstep-stage: finalize */
static void hmm_migrate_remove_migration_pte(struct hmm_migrate *migrate)
{
	struct mm_struct *mm = migrate->vma->vm_mm;
	unsigned long addr = migrate->start, i = 0;

	while (addr < migrate->end) {
		unsigned long next = pmd_addr_end(addr, migrate->end);
		pmd_t *pmdp = hmm_migrate_pmd(mm, addr);
		pte_t *ptep;

		if (!pmdp) {
			i += (next - addr) >> PAGE_SHIFT;
			addr = next;
			continue;
		}

		ptep = pte_offset_map(pmdp, addr);
		for (; addr < next; addr += PAGE_SIZE, i++, ptep++) {
			struct page *newpage, *page;
			bool migrated;

			/* an empty slot was never ours: a hole, or an entry of someone else */
			if (!migrate->pfns[i])
				continue;
			page = hmm_migration_entry_page(ptep);
			if (!page)
				continue;

			newpage = hmm_pfn_to_page(migrate->pfns[i]);
			migrated = newpage && (migrate->pfns[i] & HMM_PFN_MIGRATE);
			remove_migration_ptes(page, migrated ? newpage : page, false);

			migrate->pfns[i] = 0;
			migrate->npages--;
			unlock_page(page);

			/* the old page: for a migrated one, this drops its last reference */
			if (is_zone_device_page(page))
				put_page(page);
			else
				putback_lru_page(page);

			if (!newpage || newpage == page)
				continue;
			unlock_page(newpage);
			if (!migrated || is_zone_device_page(newpage)) {
				put_page(newpage);
			} else {
				/*
				 * 4.9's putback_lru_page() on a page never isolated: queue it
				 * for the LRU, then drop the driver's reference.
				 */
				lru_cache_add(newpage);
				put_page(newpage);
			}
		}
		pte_unmap(ptep - 1);
	}
}

/*
 * Migrate the pages of [start, end) of vma to memory the driver allocates (ops). pfns must
 * have one slot per page; the pages that moved are reported to ops->finalize_and_map, and the
 * slots of pages mapped again are 0 on return. The caller holds mmap_sem for read. Returns 0,
 * or -EINVAL for bad arguments (nothing touched). pte_none entries are left alone.
 */
int hmm_vma_migrate(const struct hmm_migrate_ops *ops, struct vm_area_struct *vma,
		    unsigned long start, unsigned long end, hmm_pfn_t *pfns, void *private)
{
	struct hmm_migrate migrate;

	/* sanity check the arguments (vma is dereferenced before it is checked, as posted) */
	start &= PAGE_MASK;
	end &= PAGE_MASK;
	if (is_vm_hugetlb_page(vma) || (vma->vm_flags & VM_SPECIAL))
		return -EINVAL;
	if (!vma || !ops || !pfns || start >= end)
		return -EINVAL;
	if (start < vma->vm_start || start >= vma->vm_end)
		return -EINVAL;
	if (end <= vma->vm_start || end > vma->vm_end)
		return -EINVAL;

	migrate.start = start;
	migrate.end = end;
	migrate.npages = 0;
	migrate.pfns = pfns;
	migrate.vma = vma;

	/* collect, and unmap the easy pages (mapped here only, lock free) */
	hmm_migrate_collect(&migrate);
	if (!migrate.npages)
		return 0;

	/* lock and isolate the pages; restore those that cannot move */
	hmm_migrate_lock_and_isolate(&migrate);
	if (!migrate.npages)
		return 0;

	/* unmap every other mapping; restore the pages that are still mapped or pinned */
	hmm_migrate_unmap(&migrate);
	if (!migrate.npages)
		return 0;

	/* the driver allocates destination memory and copies the data */
	ops->alloc_and_copy(vma, start, end, pfns, private);

	/* move struct page state (mapping, index, flags) to the new pages */
	hmm_migrate_struct_page(&migrate);

	/* the driver updates its own page table; only a notification */
	ops->finalize_and_map(vma, start, end, pfns, private);

	/* map the new pages (or the old ones that stayed), unlock and release */
	hmm_migrate_remove_migration_pte(&migrate);

	return 0;
}

#endif /* _MMSTEP_MM_HMM_MIGRATE_V13_FINISH_C */
