/* Nested PMD/PTE loops over a 2-level fake table with early exits. */
#include <stdio.h>

#define NR_PMD	3
#define NR_PTE	8

static unsigned long table[NR_PMD][NR_PTE];

static int walk(unsigned long *found_pfn)
{
	int pmd, pte, seen = 0;

	for (pmd = 0; pmd < NR_PMD; pmd++) {
		unsigned long *ptep = table[pmd];

		if (!ptep[0] && pmd == 1)
			continue;
		for (pte = 0; pte < NR_PTE; pte++, ptep++) {
			if (!*ptep)
				continue;
			seen++;
			if (*ptep >> 63) {
				*found_pfn = *ptep & 0xfffff;
				return seen;
			}
		}
	}
	return -seen;
}

int main(void)
{
	unsigned long pfn = 0;
	int i, j;

	for (i = 0; i < NR_PMD; i++)
		for (j = 0; j < NR_PTE; j++)
			if ((i + j) % 3 == 0)
				table[i][j] = 0x100UL * i + j + 1;
	printf("%d %lx\n", walk(&pfn), pfn);
	table[2][6] |= 1UL << 63;
	printf("%d %lx\n", walk(&pfn), pfn);
	return 0;
}
