// SPDX-License-Identifier: MIT
/*
 * mmstep: a test driver for the HMM v13 migration stages, playing the part of a device driver
 * that migrates a range of one process. Scenario files name these functions as entry points
 * of their threads.
 *
 * hmm_test_migrate()		the migrating thread: the whole flow, hmm_vma_migrate(), with a
 *				test device that allocates destination pages in system RAM.
 * hmm_test_collect_isolate()	the migrating thread: collect, then lock & isolate only.
 * hmm_test_lock_page_at() /
 * hmm_test_unlock_page_at()	another thread holding the lock of the page mapped at an
 *				address (to make collect's trylock fail, then let go).
 */
#include <linux/mm.h>
#include <linux/hmm.h>
#include <linux/migrate_legacy.h>
#include "../mm/hmm_migrate_v13.h"

#define HMM_TEST_MAX_PAGES	64

/* Behaviour of the test device, chosen by the scenario (the `private` of hmm_vma_migrate). */
struct hmm_test_dev {
	unsigned long fail_mask;	/* bit i set: allocation fails for page i */
	int sleep_in_copy;		/* copy "takes a while": schedule() once in alloc_and_copy */
	unsigned long migrated;		/* pages that moved, counted in finalize_and_map */
};

/*
 * alloc_and_copy: a destination page for every slot still migrating, locked (migrate_page()
 * wants both pages locked), with the data copied. It replaces the slot's source pfn, which
 * the core finds again through the migration entry. A slot the device cannot take keeps its
 * source pfn without HMM_PFN_MIGRATE: the page stays where it is.
 */
/* mmstep-stage: alloc_and_copy */
static void hmm_test_alloc_and_copy(struct vm_area_struct *vma, unsigned long start,
				    unsigned long end, hmm_pfn_t *pfns, void *private)
{
	struct hmm_test_dev *dev = private;
	unsigned long addr, i;

	for (addr = start, i = 0; addr < end; addr += PAGE_SIZE, i++) {
		struct page *spage = hmm_pfn_to_page(pfns[i]);
		struct page *dpage = NULL;

		if (!spage || !(pfns[i] & HMM_PFN_MIGRATE))
			continue;

		if (!(dev->fail_mask & (1UL << i)))
			dpage = alloc_page(GFP_HIGHUSER_MOVABLE);
		if (!dpage) {
			pfns[i] &= ~HMM_PFN_MIGRATE;
			continue;
		}
		lock_page(dpage);
		copy_highpage(dpage, spage);
		pfns[i] = hmm_pfn_from_pfn(page_to_pfn(dpage)) | HMM_PFN_MIGRATE |
			  HMM_PFN_LOCKED | (pfns[i] & HMM_PFN_WRITE);
	}

	if (dev->sleep_in_copy)
		schedule();
}

/* finalize_and_map: "just a notification" — count what the device now holds. */
/* mmstep-stage: finalize */
static void hmm_test_finalize_and_map(struct vm_area_struct *vma, unsigned long start,
				      unsigned long end, hmm_pfn_t *pfns, void *private)
{
	struct hmm_test_dev *dev = private;
	unsigned long addr, i;

	for (addr = start, i = 0; addr < end; addr += PAGE_SIZE, i++) {
		if (hmm_pfn_to_page(pfns[i]) && (pfns[i] & HMM_PFN_MIGRATE))
			dev->migrated++;
	}
}

static const struct hmm_migrate_ops hmm_test_migrate_ops = {
	.alloc_and_copy		= hmm_test_alloc_and_copy,
	.finalize_and_map	= hmm_test_finalize_and_map,
};

/*
 * Migrate npages pages from start with hmm_vma_migrate(), under mmap_sem for read. fail_mask
 * makes the device's allocation fail for the pages whose bit is set; sleep_in_copy makes the
 * copy yield the CPU once (for races with other threads). Returns the number of pages that
 * moved, or hmm_vma_migrate()'s error (its own argument checks are not duplicated here).
 */
int hmm_test_migrate(struct vm_area_struct *vma, unsigned long start, unsigned long npages,
		     unsigned long fail_mask, int sleep_in_copy)
{
	hmm_pfn_t pfns[HMM_TEST_MAX_PAGES];
	struct hmm_test_dev dev;
	unsigned long i;
	int ret;

	if (!vma || npages > HMM_TEST_MAX_PAGES)
		return -EINVAL;
	for (i = 0; i < HMM_TEST_MAX_PAGES; i++)
		pfns[i] = 0;
	dev.fail_mask = fail_mask;
	dev.sleep_in_copy = sleep_in_copy;
	dev.migrated = 0;

	mmap_read_lock(vma->vm_mm);
	ret = hmm_vma_migrate(&hmm_test_migrate_ops, vma, start, start + (npages << PAGE_SHIFT),
			      pfns, &dev);
	mmap_read_unlock(vma->vm_mm);
	if (ret)
		return ret;
	return dev.migrated;
}

/*
 * Run the first two migration stages on npages pages from start. Returns the number of pages
 * still migrating afterwards, or -EINVAL for a range the driver cannot handle.
 */
int hmm_test_collect_isolate(struct vm_area_struct *vma, unsigned long start,
			     unsigned long npages)
{
	hmm_pfn_t pfns[HMM_TEST_MAX_PAGES];
	struct hmm_migrate migrate;
	unsigned long i;

	if (!vma)
		return -EINVAL;
	if (!npages || npages > HMM_TEST_MAX_PAGES)
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (start < vma->vm_start || start + (npages << PAGE_SHIFT) > vma->vm_end)
		return -EINVAL;

	for (i = 0; i < npages; i++)
		pfns[i] = 0;

	migrate.vma = vma;
	migrate.start = start;
	migrate.end = start + (npages << PAGE_SHIFT);
	migrate.npages = 0;
	migrate.pfns = pfns;
	mmap_read_lock(vma->vm_mm);	/* the whole sequence under mmap_sem, for read */
	hmm_migrate_collect(&migrate);
	if (!migrate.npages)
		goto out;
	/* may sleep on page locks; mmap_sem is still held */
	hmm_migrate_lock_and_isolate(&migrate);
out:
	mmap_read_unlock(vma->vm_mm);
	return migrate.npages;
}

/* The page mapped by a present pte at addr, or NULL. Walks without the PTE lock. */
static struct page *hmm_test_page_at(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *page = NULL;
	pgd_t *pgdp;
	pud_t *pudp;
	pmd_t *pmdp;
	pte_t *ptep;
	pte_t pte;

	if (addr < vma->vm_start || addr >= vma->vm_end)
		return NULL;
	pgdp = pgd_offset(vma->vm_mm, addr);
	if (pgd_none(*pgdp))
		return NULL;
	pudp = pud_offset(pgdp, addr);
	if (pud_none(*pudp))
		return NULL;
	pmdp = pmd_offset(pudp, addr);
	if (pmd_none(*pmdp))
		return NULL;
	ptep = pte_offset_map(pmdp, addr);
	pte = *ptep;
	if (pte_present(pte))
		page = vm_normal_page(vma, addr, pte);
	pte_unmap(ptep);
	return page;
}

/* Take the lock of the page mapped at addr (sleeping if needed). 0, or -ENOENT if none. */
int hmm_test_lock_page_at(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *page = hmm_test_page_at(vma, addr);

	if (!page)
		return -ENOENT;
	lock_page(page);
	return 0;
}

/* Release the lock of the page mapped at addr. 0, or -ENOENT if no page is mapped there. */
int hmm_test_unlock_page_at(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *page = hmm_test_page_at(vma, addr);

	if (!page)
		return -ENOENT;
	unlock_page(page);
	return 0;
}
