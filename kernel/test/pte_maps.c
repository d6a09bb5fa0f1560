// SPDX-License-Identifier: MIT
/*
 * pte_offset_map without its pte_unmap, and the other way round: what the leak invariant
 * reports (src/mm/pte-maps.ts). Each entry point is one case of the test.
 */
#include <linux/mm.h>
#include <linux/mm_user.h>

static pte_t *walk_to_pte(struct mm_struct *mm, unsigned long addr, pmd_t **pmdp)
{
	pgd_t *pgdp = pgd_offset(mm, addr);
	pud_t *pudp = pud_offset(pgdp, addr);

	*pmdp = pmd_offset(pudp, addr);
	return pte_offset_map(*pmdp, addr);
}

/* Maps through a helper and unmaps in the caller: balanced. */
int pte_maps_balanced(struct mm_struct *mm, unsigned long addr)
{
	pmd_t *pmdp;
	pte_t *ptep = walk_to_pte(mm, addr, &pmdp);
	int present = pte_present(*ptep);

	pte_unmap(ptep);
	return present;
}

static int peek_pte(struct mm_struct *mm, pmd_t *pmdp, unsigned long addr)
{
	pte_t *ptep = pte_offset_map(pmdp, addr);

	/* forgets pte_unmap(ptep) */
	return pte_present(*ptep);
}

/* peek_pte returns with its table still mapped. */
int pte_maps_forgotten(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgdp = pgd_offset(mm, addr);
	pud_t *pudp = pud_offset(pgdp, addr);
	pmd_t *pmdp = pmd_offset(pudp, addr);

	return peek_pte(mm, pmdp, addr);
}

/* Unmaps a table it never mapped. */
int pte_maps_unbalanced(struct mm_struct *mm, unsigned long addr)
{
	spinlock_t *ptl;
	pgd_t *pgdp = pgd_offset(mm, addr);
	pud_t *pudp = pud_offset(pgdp, addr);
	pmd_t *pmdp = pmd_offset(pudp, addr);
	pte_t *ptep = pte_offset_map_lock(mm, pmdp, addr, &ptl);

	pte_unmap_unlock(ptep, ptl);
	pte_unmap(ptep);
	return 0;
}

/* Leaves alone what someone outside the scenario locked and isolated. */
int pte_maps_quiescent(void)
{
	return mm_check_quiescent();
}
