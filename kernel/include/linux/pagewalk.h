/* SPDX-License-Identifier: MIT */
/*
 * mmstep: the page-table walker with its 2016 interface — the callbacks live inside
 * struct mm_walk itself (later kernels moved them to a const struct mm_walk_ops).
 * walk_page_range() is C, in kernel/mm/pagewalk.c.
 */
#ifndef _MMSTEP_LINUX_PAGEWALK_H
#define _MMSTEP_LINUX_PAGEWALK_H

#include <linux/mm_types.h>

struct mm_walk {
	/* called for each populated pmd in [addr, next) */
	int (*pmd_entry)(pmd_t *pmd, unsigned long addr, unsigned long next,
			 struct mm_walk *walk);
	/* called for each range without a page table (may be NULL) */
	int (*pte_hole)(unsigned long addr, unsigned long next, struct mm_walk *walk);
	struct mm_struct *mm;
	struct vm_area_struct *vma;
	void *private;
};

int walk_page_range(unsigned long start, unsigned long end, struct mm_walk *walk);

#endif /* _MMSTEP_LINUX_PAGEWALK_H */
