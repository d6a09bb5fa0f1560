// SPDX-License-Identifier: MIT
/*
 * mmstep: the generic page-table walker with today's interface (const struct mm_walk_ops,
 * 5.4+). Written for mmstep in kernel style, not copied from Linux.
 *
 * It descends pgd -> pud -> pmd inside the one VMA that covers [start, end) and calls
 * ops->pmd_entry for every populated pmd and ops->pte_hole(addr, next, depth) for every range
 * without a page table, so a reviewer steps from migrate_vma_collect into the walk and back out
 * through the function pointers. PGWALK_RDLOCK: the caller holds the mmap lock for read.
 */
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/pagewalk.h>

static int walk_hole(unsigned long addr, unsigned long next, int depth, struct mm_walk *walk)
{
	if (!walk->ops->pte_hole)
		return 0;
	return walk->ops->pte_hole(addr, next, depth, walk);
}

static int walk_pmd_range(pud_t *pud, unsigned long addr, unsigned long end,
			  struct mm_walk *walk)
{
	unsigned long next;
	pmd_t *pmd;
	int err = 0;

	pmd = pmd_offset(pud, addr);
	do {
		next = pmd_addr_end(addr, end);
		if (pmd_none(*pmd))
			err = walk_hole(addr, next, 3, walk);
		else if (walk->ops->pmd_entry)
			err = walk->ops->pmd_entry(pmd, addr, next, walk);
		if (err)
			break;
		addr = next;
		if (addr != end)
			pmd++;
	} while (addr != end);

	return err;
}

static int walk_pud_range(pgd_t *pgd, unsigned long addr, unsigned long end,
			  struct mm_walk *walk)
{
	unsigned long next;
	pud_t *pud;
	int err = 0;

	pud = pud_offset(pgd, addr);
	do {
		next = pud_addr_end(addr, end);
		if (pud_none(*pud))
			err = walk_hole(addr, next, 2, walk);
		else
			err = walk_pmd_range(pud, addr, next, walk);
		if (err)
			break;
		addr = next;
		if (addr != end)
			pud++;
	} while (addr != end);

	return err;
}

int walk_page_range(struct mm_struct *mm, unsigned long start, unsigned long end,
		    const struct mm_walk_ops *ops, void *private)
{
	struct mm_walk walk;
	unsigned long next;
	pgd_t *pgd;
	int err = 0;

	if (start >= end)
		return -EINVAL;
	walk.ops = ops;
	walk.mm = mm;
	walk.private = private;
	walk.vma = vma_lookup(mm, start);
	/* The model walks one VMA: the range must lie inside it. */
	if (!walk.vma || end > walk.vma->vm_end)
		return -EINVAL;
	if (ops->walk_lock == PGWALK_RDLOCK)
		mmap_assert_locked(mm);

	pgd = pgd_offset(mm, start);
	do {
		next = pgd_addr_end(start, end);
		if (pgd_none(*pgd))
			err = walk_hole(start, next, 0, &walk);
		else
			err = walk_pud_range(pgd, start, next, &walk);
		if (err)
			break;
		start = next;
		if (start != end)
			pgd++;
	} while (start != end);

	return err;
}
