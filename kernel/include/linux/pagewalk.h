/* SPDX-License-Identifier: MIT */
/*
 * mmstep: the page-table walker with its 2016 interface — the callbacks live inside
 * struct mm_walk itself (later kernels moved them to a const struct mm_walk_ops).
 * walk_page_range() is C, in kernel/mm/pagewalk.c.
 */
#ifndef _MMSTEP_LINUX_PAGEWALK_H
#define _MMSTEP_LINUX_PAGEWALK_H

#include <linux/mm_types.h>

#ifdef MMSTEP_CURRENT_API

/*
 * Today's interface (5.4+): callbacks in a const struct mm_walk_ops, the walk state in a
 * struct mm_walk the walker builds. C in kernel/mm/pagewalk_ops.c.
 */
struct mm_walk;

enum page_walk_lock {
	PGWALK_RDLOCK = 0,
	PGWALK_WRLOCK = 1,
	PGWALK_WRLOCK_VERIFY = 2,
};

struct mm_walk_ops {
	int (*pmd_entry)(pmd_t *pmd, unsigned long addr, unsigned long next,
			 struct mm_walk *walk);
	int (*pte_hole)(unsigned long addr, unsigned long next, int depth,
			struct mm_walk *walk);
	int walk_lock;
};

struct mm_walk {
	const struct mm_walk_ops *ops;
	struct mm_struct *mm;
	struct vm_area_struct *vma;
	void *private;
};

int walk_page_range(struct mm_struct *mm, unsigned long start, unsigned long end,
		    const struct mm_walk_ops *ops, void *private);

#else

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

#endif /* MMSTEP_CURRENT_API */

#endif /* _MMSTEP_LINUX_PAGEWALK_H */
