/* SPDX-License-Identifier: MIT */
/*
 * mmstep: today's device-memory migration interface (include/linux/migrate.h in Linux, order-0
 * path), written for mmstep from kernel-semantics §1.1. The functions are C in
 * kernel/mm/migrate_device.c. Slot encoding: pfn << MIGRATE_PFN_SHIFT | flags (src/mm/migrate-pfn.ts
 * decodes the same values; MIGRATE_PFN_LOCKED existed until 5.16 and is not used here).
 */
#ifndef _MMSTEP_LINUX_MIGRATE_H
#define _MMSTEP_LINUX_MIGRATE_H

#include <linux/mm_types.h>

struct page;
struct folio;

#define MIGRATE_PFN_VALID	(1UL << 0)
#define MIGRATE_PFN_MIGRATE	(1UL << 1)
#define MIGRATE_PFN_WRITE	(1UL << 3)
#define MIGRATE_PFN_SHIFT	6

#define migrate_pfn(pfn)	(((unsigned long)(pfn) << MIGRATE_PFN_SHIFT) | MIGRATE_PFN_VALID)

enum migrate_vma_direction {
	MIGRATE_VMA_SELECT_SYSTEM = 1 << 0,
	MIGRATE_VMA_SELECT_DEVICE_PRIVATE = 1 << 1,
	MIGRATE_VMA_SELECT_DEVICE_COHERENT = 1 << 2,
};

struct migrate_vma {
	struct vm_area_struct	*vma;
	unsigned long		*dst;
	unsigned long		*src;
	unsigned long		cpages;
	unsigned long		npages;
	unsigned long		start;
	unsigned long		end;
	void			*pgmap_owner;
	unsigned long		flags;
	struct page		*fault_page;
};

struct page *migrate_pfn_to_page(unsigned long mpfn);

int migrate_vma_setup(struct migrate_vma *args);
void migrate_vma_pages(struct migrate_vma *migrate);
void migrate_vma_finalize(struct migrate_vma *migrate);
int migrate_device_range(unsigned long *src_pfns, unsigned long start, unsigned long npages);
int migrate_device_pfns(unsigned long *src_pfns, unsigned long npages);
void migrate_device_pages(unsigned long *src_pfns, unsigned long *dst_pfns,
			  unsigned long npages);
void migrate_device_finalize(unsigned long *src_pfns, unsigned long *dst_pfns,
			     unsigned long npages);

#endif /* _MMSTEP_LINUX_MIGRATE_H */
