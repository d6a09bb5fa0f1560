/* Kernel helper macros, defined only if the environment lacks them. */
#include <stdio.h>

#ifndef BIT
#define BIT(nr)			(1UL << (nr))
#endif
#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))
#endif
#ifndef min
#define min(a, b)		((a) < (b) ? (a) : (b))
#endif
#ifndef max
#define max(a, b)		((a) > (b) ? (a) : (b))
#endif
#ifndef IS_ALIGNED
#define IS_ALIGNED(x, a)	(((x) & ((a) - 1)) == 0)
#endif

int main(void)
{
	unsigned long v[] = { 0x2000, 0x2100, 0x3000 };
	unsigned long i, lo = ~0UL, hi = 0;

	for (i = 0; i < ARRAY_SIZE(v); i++) {
		lo = min(lo, v[i]);
		hi = max(hi, v[i]);
		printf("%lx %d\n", v[i], IS_ALIGNED(v[i], 0x1000UL));
	}
	printf("%lx %lx %lx\n", lo, hi, BIT(12) | BIT(0));
	return 0;
}
