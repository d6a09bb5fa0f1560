/* Walking a virtual range page by page: addr += PAGE_SIZE. */
#include <stdio.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)

int main(void)
{
	unsigned long start = 0x7f0000001000UL, end = 0x7f0000009000UL;
	unsigned long addr, npages = 0, idx;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		idx = (addr - start) >> PAGE_SHIFT;
		if (idx % 3 == 0)
			printf("%lu %lx\n", idx, addr);
		npages++;
	}
	printf("%lu %lu\n", npages, (end - start) / PAGE_SIZE);
	return 0;
}
