/* SPDX-License-Identifier: MIT */
/*
 * mmstep: the HMM v13 (Nov 2016) migration interface, reconstructed for the simulator from
 * the review thread (docs/kernel-semantics.md §1.10); not the original header.
 *
 * One hmm_pfn_t array serves as source and destination: flags in the low bits, the pfn above
 * HMM_PFN_SHIFT. The bit values are those of the series at v13 (16/18 added LOCKED and MIGRATE,
 * moving SPECIAL and UNADDRESSABLE up); src/mm/migrate-pfn.ts decodes the same layout.
 */
#ifndef _MMSTEP_LINUX_HMM_H
#define _MMSTEP_LINUX_HMM_H

#include <linux/mm.h>

typedef unsigned long hmm_pfn_t;

#define HMM_PFN_VALID		(1UL << 0)
#define HMM_PFN_READ		(1UL << 1)
#define HMM_PFN_WRITE		(1UL << 2)
#define HMM_PFN_ERROR		(1UL << 3)
#define HMM_PFN_EMPTY		(1UL << 4)
#define HMM_PFN_FAULT		(1UL << 5)
#define HMM_PFN_DEVICE		(1UL << 6)
#define HMM_PFN_LOCKED		(1UL << 7)
#define HMM_PFN_SPECIAL		(1UL << 8)
#define HMM_PFN_MIGRATE		(1UL << 9)
#define HMM_PFN_UNADDRESSABLE	(1UL << 10)
#define HMM_PFN_SHIFT		11

/* NULL unless the slot is VALID. */
struct page *hmm_pfn_to_page(hmm_pfn_t pfn);
hmm_pfn_t hmm_pfn_from_pfn(unsigned long pfn);

struct hmm_migrate {
	struct vm_area_struct *vma;
	unsigned long start;
	unsigned long end;
	unsigned long npages;		/* pages still migrating */
	hmm_pfn_t *pfns;		/* one slot per page of [start, end) */
};

struct hmm_migrate_ops {
	void (*alloc_and_copy)(struct vm_area_struct *vma, unsigned long start,
			       unsigned long end, hmm_pfn_t *pfns, void *private);
	void (*finalize_and_map)(struct vm_area_struct *vma, unsigned long start,
				 unsigned long end, hmm_pfn_t *pfns, void *private);
};

/*
 * The migration stages, kernel/mm/hmm_migrate_v13.c. (In v13 they were static to
 * mm/migrate.c behind hmm_vma_migrate(); the test driver calls them one by one.)
 */
void hmm_migrate_collect(struct hmm_migrate *migrate);
void hmm_migrate_lock_and_isolate(struct hmm_migrate *migrate);
bool hmm_migrate_page_check(struct page *page, int extra);

#endif /* _MMSTEP_LINUX_HMM_H */
