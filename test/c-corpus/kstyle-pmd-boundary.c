/* pmd_addr_end-style clamping of a walk at PMD boundaries. */
#include <stdio.h>

#define PMD_SHIFT	21
#define PMD_SIZE	(1UL << PMD_SHIFT)
#define PMD_MASK	(~(PMD_SIZE - 1))
#define PAGE_SIZE	4096UL

static unsigned long pmd_addr_end(unsigned long addr, unsigned long end)
{
	unsigned long boundary = (addr + PMD_SIZE) & PMD_MASK;

	return boundary - 1 < end - 1 ? boundary : end;
}

int main(void)
{
	unsigned long addr = 0x1ff000, end = 0x601000, next;
	int pmds = 0;

	do {
		next = pmd_addr_end(addr, end);
		printf("%lx-%lx %lu\n", addr, next, (next - addr) / PAGE_SIZE);
		pmds++;
	} while (addr = next, addr != end);
	printf("%d\n", pmds);
	return 0;
}
