/* ptep++ walking over a page-table array with a pte counter. */
#include <stdio.h>

#define PTRS_PER_PTE	16
#define _PAGE_PRESENT	0x1UL
#define _PAGE_RW	0x2UL
#define _PAGE_DIRTY	0x40UL
#define PTE_PFN_SHIFT	12

typedef struct { unsigned long pte; } pte_t;

static pte_t table[PTRS_PER_PTE];

int main(void)
{
	pte_t *ptep, *start = &table[2], *end = &table[12];
	int present = 0, dirty = 0, i;

	for (i = 0; i < PTRS_PER_PTE; i++)
		if (i % 3)
			table[i].pte = ((unsigned long)(0x500 + i) << PTE_PFN_SHIFT) | _PAGE_PRESENT |
				       (i % 2 ? _PAGE_DIRTY : 0);
	for (ptep = start; ptep < end; ptep++) {
		if (!(ptep->pte & _PAGE_PRESENT))
			continue;
		present++;
		if (ptep->pte & _PAGE_DIRTY)
			dirty++;
		ptep->pte &= ~_PAGE_RW;
	}
	printf("%d %d %ld\n", present, dirty, (long)(ptep - start));
	printf("%lx %lx\n", table[5].pte >> PTE_PFN_SHIFT, table[12].pte);
	return 0;
}
