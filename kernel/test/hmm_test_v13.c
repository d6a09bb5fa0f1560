// SPDX-License-Identifier: MIT
/*
 * mmstep: a test driver for the HMM v13 migration stages, playing the part of a device driver
 * that migrates a range of one process. Scenario files name these functions as entry points
 * of their threads.
 *
 * hmm_test_collect_isolate()	the migrating thread: collect, then lock & isolate.
 * hmm_test_lock_page_at() /
 * hmm_test_unlock_page_at()	another thread holding the lock of the page mapped at an
 *				address (to make collect's trylock fail, then let go).
 */
#include <linux/mm.h>
#include <linux/hmm.h>

#define HMM_TEST_MAX_PAGES	64

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
