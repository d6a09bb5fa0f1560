/* Loop-heavy: scan a migrate_pfn-style array with flag bits, many passes. */
#include <stdio.h>

#define NPAGES			512
#define PASSES			2000
#define MIGRATE_PFN_VALID	(1UL << 0)
#define MIGRATE_PFN_MIGRATE	(1UL << 1)
#define MIGRATE_PFN_WRITE	(1UL << 3)
#define MIGRATE_PFN_SHIFT	6

static unsigned long src[NPAGES];

int main(void)
{
	unsigned long i, pass, cpages = 0, sum = 0;

	for (i = 0; i < NPAGES; i++) {
		src[i] = (0x80000 + i) << MIGRATE_PFN_SHIFT | MIGRATE_PFN_VALID;
		if (i % 3)
			src[i] |= MIGRATE_PFN_MIGRATE;
		if (i % 5 == 0)
			src[i] |= MIGRATE_PFN_WRITE;
	}
	for (pass = 0; pass < PASSES; pass++) {
		for (i = 0; i < NPAGES; i++) {
			unsigned long mpfn = src[i];

			if (!(mpfn & MIGRATE_PFN_MIGRATE))
				continue;
			cpages++;
			sum += (mpfn >> MIGRATE_PFN_SHIFT) ^ pass;
		}
	}
	printf("%lu %lx\n", cpages, sum);
	return 0;
}
