// SPDX-License-Identifier: MIT
/*
 * mmstep: present-pte helpers applied to a device-private (swap-format) pte, the pattern of
 * migrate_vma_collect_pmd before the fix that guarded them with pte_present(): collect found
 * the page of a device-private entry through its swap entry, and then read pte_dirty() (to move
 * the dirty bit to the folio) and pte_pfn() from the same pte as if it were present. On x86-64
 * those helpers read bits of the inverted swap offset: pte_pfn() gives the offset shifted right
 * by 3, and pte_dirty() is true from 6.6 on (_PAGE_SAVED_DIRTY is bit 58, the top bit of the
 * inverted offset). Written for mmstep (tests of src/mm/natives/nonpresent.ts); the scenarios
 * are test/fixtures/scenarios/nonpresent-pte-*.mmstep.yaml.
 */
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/folio.h>
#include <linux/swapops.h>
#include <linux/memremap.h>

long current_migrate_to_dev(struct mm_struct *mm, unsigned long addr, unsigned long npages,
			    unsigned long flags);

/*
 * The collect side of the pattern, over [addr, addr + npages) once the pages are in device
 * memory. Returns the number of pages the unguarded pte_dirty() called dirty, times 0x1000000,
 * plus the last pte_pfn() read (what the pre-fix code would have used as the pfn).
 */
static long collect_unguarded(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	unsigned long i, last_pfn = 0;
	long dirty = 0;

	for (i = 0; i < npages; i++) {
		pte_t *ptep = pte_offset_map_nolock_addr(mm, addr + i * PAGE_SIZE);
		struct page *page;
		swp_entry_t entry;
		pte_t pte;

		if (!ptep)
			continue;
		pte = ptep_get(ptep);
		if (pte_none(pte) || pte_present(pte))
			continue;
		entry = pte_to_swp_entry(pte);
		if (!is_device_private_entry(entry))
			continue;
		page = pfn_swap_entry_to_page(entry);

		/* Before the fix: neither helper is guarded by pte_present(pte). */
		if (pte_dirty(pte))
			dirty++;
		last_pfn = pte_pfn(pte);
		pr_info("collect: page %lu is pfn %#lx, pte_pfn() read %#lx\n", i,
			page_to_pfn(page), last_pfn);
	}
	return dirty * 0x1000000 + last_pfn;
}

/* Migrate the range to device memory, then collect it the pre-fix way. */
long nonpresent_collect(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	long ret;

	ret = current_migrate_to_dev(mm, addr, npages, 0);
	if (ret)
		return ret;
	return collect_unguarded(mm, addr, npages);
}
