/* Propagating PTE dirty bits to page flags before unmapping (like try_to_migrate_one). */
#include <stdio.h>

#define _PAGE_DIRTY	(1UL << 6)
#define _PAGE_PRESENT	(1UL << 0)
#define PG_dirty	4
#define NR		6

static unsigned long ptes[NR];
static unsigned long page_flags[NR];

static unsigned long ptep_get_and_clear(unsigned long *ptep)
{
	unsigned long old = *ptep;

	*ptep = 0;
	return old;
}

int main(void)
{
	int i, dirtied = 0;

	for (i = 0; i < NR; i++) {
		ptes[i] = ((unsigned long)(0x40 + i) << 12) | _PAGE_PRESENT;
		if (i & 1)
			ptes[i] |= _PAGE_DIRTY;
	}
	for (i = 0; i < NR; i++) {
		unsigned long pteval;

		if (!(ptes[i] & _PAGE_PRESENT))
			continue;
		pteval = ptep_get_and_clear(&ptes[i]);
		if (pteval & _PAGE_DIRTY) {
			page_flags[i] |= 1UL << PG_dirty;
			dirtied++;
		}
	}
	printf("%d\n", dirtied);
	for (i = 0; i < NR; i++)
		printf("%lx/%lx ", ptes[i], page_flags[i]);
	printf("\n");
	return 0;
}
