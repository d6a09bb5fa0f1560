/* ALIGN, IS_ALIGNED, PAGE_SIZE/SHIFT/MASK computed by hand. */
#include <stdio.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define __ALIGN_MASK(x, mask)	(((x) + (mask)) & ~(mask))
#define ALIGN(x, a)		__ALIGN_MASK(x, (typeof(x))(a) - 1)
#define ALIGN_DOWN(x, a)	ALIGN((x) - ((a) - 1), (a))
#define IS_ALIGNED(x, a)	(((x) & ((typeof(x))(a) - 1)) == 0)
#define PAGE_ALIGN(addr)	ALIGN(addr, PAGE_SIZE)

int main(void)
{
	unsigned long addrs[] = { 0, 1, 0xfff, 0x1000, 0x1001, 0x7ffff123 };
	unsigned int i;

	for (i = 0; i < 6; i++) {
		unsigned long a = addrs[i];

		printf("%lx %lx %lx %lx %d\n", a, a & PAGE_MASK, PAGE_ALIGN(a),
		       ALIGN_DOWN(a, PAGE_SIZE), IS_ALIGNED(a, PAGE_SIZE));
	}
	printf("%lu %lx\n", PAGE_SIZE, PAGE_MASK);
	return 0;
}
