/* Macros continued over several lines with backslashes. */
#include <stdio.h>

#define PTE_BITS(present, write, dirty)		\
	(((present) ? 1UL : 0UL) |		\
	 ((write) ? 2UL : 0UL) |		\
	 ((dirty) ? 0x40UL : 0UL))

#define SUM4(a, b, c, d)	\
	((a) + (b) +		\
	 (c) + (d))

int main(void)
{
	printf("%lx %lx %lx\n", PTE_BITS(1, 0, 1), PTE_BITS(1, 1, 1), PTE_BITS(0, 0, 0));
	printf("%d\n", SUM4(1, 2, 3, 4));
	return 0;
}
