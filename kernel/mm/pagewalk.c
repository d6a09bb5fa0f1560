// SPDX-License-Identifier: MIT
/*
 * mmstep: the generic page-table walker, 2016 interface (callbacks inside struct mm_walk).
 *
 * Written for mmstep in kernel style, not copied from Linux. It descends pgd -> pud -> pmd and
 * hands every populated pmd to walk->pmd_entry, every range without a table to walk->pte_hole,
 * so a reviewer can step from the migration code into the walk and back out through the
 * function pointer. The 2016 walk_page_range looked the VMAs up itself (find_vma); the model
 * walks inside walk->vma, which callers of the migration helpers always set.
 */
#include <linux/mm.h>
#include <linux/pagewalk.h>

static int walk_hole(unsigned long addr, unsigned long next, struct mm_walk *walk)
{
	if (!walk->pte_hole)
		return 0;
	return walk->pte_hole(addr, next, walk);
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
			err = walk_hole(addr, next, walk);
		else if (walk->pmd_entry)
			err = walk->pmd_entry(pmd, addr, next, walk);
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
			err = walk_hole(addr, next, walk);
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

int walk_page_range(unsigned long start, unsigned long end, struct mm_walk *walk)
{
	unsigned long next;
	pgd_t *pgd;
	int err = 0;

	if (start >= end)
		return -EINVAL;
	if (!walk->mm || !walk->vma)
		return -EINVAL;
	/* The model walks one VMA: the range must lie inside it. */
	if (start < walk->vma->vm_start || end > walk->vma->vm_end)
		return -EINVAL;
	/* the VMA and its page tables stay put only while mmap_sem is held */
	mmap_assert_locked(walk->mm);

	pgd = pgd_offset(walk->mm, start);
	do {
		next = pgd_addr_end(start, end);
		if (pgd_none(*pgd))
			err = walk_hole(start, next, walk);
		else
			err = walk_pud_range(pgd, start, next, walk);
		if (err)
			break;
		start = next;
		if (start != end)
			pgd++;
	} while (start != end);

	return err;
}
