/* migrate_pfn-style encoding: pfn shifted left with flag bits below. */
#include <stdio.h>

#define MIGRATE_PFN_VALID	(1UL << 0)
#define MIGRATE_PFN_MIGRATE	(1UL << 1)
#define MIGRATE_PFN_WRITE	(1UL << 3)
#define MIGRATE_PFN_SHIFT	6

static unsigned long migrate_pfn(unsigned long pfn)
{
	return (pfn << MIGRATE_PFN_SHIFT) | MIGRATE_PFN_VALID;
}

static unsigned long migrate_pfn_to_pfn(unsigned long mpfn)
{
	if (!(mpfn & MIGRATE_PFN_VALID))
		return ~0UL;
	return mpfn >> MIGRATE_PFN_SHIFT;
}

int main(void)
{
	unsigned long src[6];
	unsigned long i;

	for (i = 0; i < 6; i++) {
		src[i] = i == 3 ? 0 : migrate_pfn(0x80000 + i);
		if (i % 2 == 0 && src[i])
			src[i] |= MIGRATE_PFN_MIGRATE;
		if (i == 4)
			src[i] |= MIGRATE_PFN_WRITE;
	}
	for (i = 0; i < 6; i++)
		printf("%lu: %lx pfn=%lx migrate=%d write=%d\n", i, src[i], migrate_pfn_to_pfn(src[i]),
		       !!(src[i] & MIGRATE_PFN_MIGRATE), !!(src[i] & MIGRATE_PFN_WRITE));
	return 0;
}
