/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: hmm_range_fault() (mm/hmm.c in Linux), written for mmstep in plain C over the
 * model's natives, following what mm/hmm.c does in 6.1 and 6.12 for the pages the model has
 * (order-0 ptes, and huge pmds — a THP or a hugetlb page — whose slots carry the page's
 * map order, PMD_SHIFT - PAGE_SHIFT, as hmm_pfn_flags_order sets it):
 *
 * - each page's request is (hmm_pfns[i] & pfn_flags_mask) | default_flags; without
 *   HMM_PFN_REQ_FAULT nothing is faulted in, and a page that is not there reads 0;
 * - a present pte gives its pfn with HMM_PFN_VALID, and HMM_PFN_WRITE when it is writable;
 *   a write request on a read-only pte faults (handle_mm_fault with FAULT_FLAG_WRITE);
 * - a device-private entry of the range's dev_private_owner gives the device page's pfn
 *   (VALID, WRITE for a writable entry) without faulting; any other device-private entry or a
 *   migration entry is faulted (the fault path migrates the page back or waits);
 * - after a fault the walk starts again (mm/hmm.c returns -EBUSY to itself and retries);
 * - no vma, or one without VM_READ: HMM_PFN_ERROR when nothing is to be faulted (a snapshot),
 *   else -EFAULT;
 * - a vma that does not allow the access, or a failed fault, is -EFAULT; an invalidation of
 *   the notifier's range since notifier_seq is -EBUSY (the caller takes a new sequence).
 *
 * Called with the mmap lock held for read, as in Linux. Static inline here because its types
 * (struct hmm_range, the embedded interval notifier) are those of the compat headers.
 */
#ifndef _MMSTEP_COMPAT_LINUX_HMM_RANGE_FAULT_H
#define _MMSTEP_COMPAT_LINUX_HMM_RANGE_FAULT_H

#include <linux/mm.h>
#include <linux/swapops.h>
#include <linux/memremap.h>

/* One page: its output pfn in *out, 1 when it had to be faulted (walk again), or -errno. */
static inline int hmm_range_fault_page(struct hmm_range *range, struct mm_struct *mm,
				       unsigned long addr, unsigned long *out)
{
	unsigned long i = (addr - range->start) >> PAGE_SHIFT;
	/* With a zero mask the input is never looked at (lib/test_hmm.c leaves pfns[] unset). */
	unsigned long in = range->pfn_flags_mask ? range->hmm_pfns[i] : 0;
	unsigned long req = (in & range->pfn_flags_mask) | range->default_flags;
	bool fault = req & HMM_PFN_REQ_FAULT;
	bool write = fault && (req & HMM_PFN_REQ_WRITE);
	struct vm_area_struct *vma = vma_lookup(mm, addr);
	pte_t *ptep;
	pte_t pte = 0;

	/* No vma, or one that cannot be read: an error pfn unless a fault was asked for. */
	if (!vma || !(vma->vm_flags & VM_READ)) {
		if (fault)
			return -EFAULT;
		*out = HMM_PFN_ERROR;
		return 0;
	}
	if (write && !(vma->vm_flags & VM_WRITE))
		return -EPERM;
	ptep = pte_offset_map_nolock_addr(mm, addr);
	if (ptep) {
		pte = ptep_get(ptep);
	} else {
		/* hmm_vma_handle_pmd / hmm_vma_walk_hugetlb_entry: a huge page, one slot per 4 KiB */
		pmd_t *pmdp = huge_pmd_offset_addr(mm, addr);

		if (pmdp) {
			pmd_t pmd = *pmdp;

			if (!write || pte_write(pmd)) {
				*out = (pte_pfn(pmd) + ((addr & ~PMD_MASK) >> PAGE_SHIFT)) | HMM_PFN_VALID |
				       (pte_write(pmd) ? HMM_PFN_WRITE : 0) |
				       ((unsigned long)(PMD_SHIFT - PAGE_SHIFT) << HMM_PFN_ORDER_SHIFT);
				return 0;
			}
		}
	}
	if (pte_present(pte)) {
		if (!write || pte_write(pte)) {
			*out = pte_pfn(pte) | HMM_PFN_VALID | (pte_write(pte) ? HMM_PFN_WRITE : 0);
			return 0;
		}
	} else if (is_swap_pte(pte) && is_device_private_entry(pte_to_swp_entry(pte))) {
		swp_entry_t entry = pte_to_swp_entry(pte);
		struct page *page = pfn_swap_entry_to_page(entry);
		bool writable = is_writable_device_private_entry(entry);

		if (page->pgmap->owner == range->dev_private_owner && (!write || writable)) {
			*out = page_to_pfn(page) | HMM_PFN_VALID | (writable ? HMM_PFN_WRITE : 0);
			return 0;
		}
	}
	if (!fault) {
		*out = 0;
		return 0;
	}
	if (handle_mm_fault(vma, addr, write ? FAULT_FLAG_WRITE : 0) & VM_FAULT_ERROR)
		return -EFAULT;
	return 1;
}

static inline int hmm_range_fault(struct hmm_range *range)
{
	struct mm_struct *mm = range->notifier->mm;
	unsigned long addr;
	int ret;

again:
	if (mmu_interval_read_retry(range->notifier, range->notifier_seq))
		return -EBUSY;
	for (addr = range->start; addr < range->end; addr += PAGE_SIZE) {
		unsigned long out = 0;

		ret = hmm_range_fault_page(range, mm, addr, &out);
		if (ret < 0)
			return ret;
		if (ret > 0)
			goto again;
		range->hmm_pfns[(addr - range->start) >> PAGE_SHIFT] = out;
	}
	return 0;
}

#endif /* _MMSTEP_COMPAT_LINUX_HMM_RANGE_FAULT_H */
