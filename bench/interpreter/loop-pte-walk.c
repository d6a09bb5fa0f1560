/* Loop-heavy: walk a range with addr += PAGE_SIZE and ptep++ over a two-level table. */
#include <stdio.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PMD_SHIFT	21
#define PMD_SIZE	(1UL << PMD_SHIFT)
#define PMD_MASK	(~(PMD_SIZE - 1))
#define PTRS_PER_PTE	512
#define NR_PMD		4
#define ROUNDS		400
#define _PAGE_PRESENT	0x1UL
#define _PAGE_RW	0x2UL
#define _PAGE_DIRTY	0x40UL

static unsigned long ptes[NR_PMD][PTRS_PER_PTE];

static unsigned long pmd_addr_end(unsigned long addr, unsigned long end)
{
	unsigned long boundary = (addr + PMD_SIZE) & PMD_MASK;

	return boundary - 1 < end - 1 ? boundary : end;
}

int main(void)
{
	unsigned long start = 0, end = NR_PMD * PMD_SIZE;
	unsigned long addr, next, present = 0, dirty = 0;
	int round, p, i;

	for (p = 0; p < NR_PMD; p++)
		for (i = 0; i < PTRS_PER_PTE; i++)
			if ((i + p) % 4)
				ptes[p][i] = (unsigned long)(p * PTRS_PER_PTE + i) << PAGE_SHIFT | _PAGE_PRESENT |
					     ((i & 1) ? _PAGE_DIRTY : 0);
	for (round = 0; round < ROUNDS; round++) {
		addr = start;
		do {
			unsigned long *ptep = &ptes[addr >> PMD_SHIFT][(addr >> PAGE_SHIFT) & (PTRS_PER_PTE - 1)];

			next = pmd_addr_end(addr, end);
			for (; addr != next; addr += PAGE_SIZE, ptep++) {
				if (!(*ptep & _PAGE_PRESENT))
					continue;
				present++;
				if (*ptep & _PAGE_DIRTY)
					dirty++;
				*ptep ^= _PAGE_RW;
			}
		} while (addr != end);
	}
	printf("%lu %lu %lx\n", present, dirty, ptes[3][511]);
	return 0;
}
