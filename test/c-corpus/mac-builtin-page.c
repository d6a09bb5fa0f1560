/* The kernel's PAGE_SIZE/PAGE_SHIFT/BIT/min/max taken from the built-in table. */
#include <stdio.h>

#ifndef PAGE_SHIFT
#define PAGE_SHIFT	12
#endif
#ifndef PAGE_SIZE
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#endif
#ifndef PAGE_MASK
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#endif

int main(void)
{
	unsigned long addr = 0x7f0000123456UL;

	printf("%d %lu %lx\n", PAGE_SHIFT, PAGE_SIZE, PAGE_MASK);
	printf("%lx %lx\n", addr & PAGE_MASK, addr >> PAGE_SHIFT);
	printf("%lx\n", (addr & ~PAGE_MASK));
	return 0;
}
