/* BIT() and flag masks like the kernel's. */
#include <stdio.h>

#define BIT(nr)			(1UL << (nr))
#define MIGRATE_PFN_VALID	BIT(0)
#define MIGRATE_PFN_MIGRATE	BIT(1)
#define MIGRATE_PFN_WRITE	BIT(3)
#define MIGRATE_PFN_SHIFT	6

int main(void)
{
	unsigned long m = (0x1234UL << MIGRATE_PFN_SHIFT) | MIGRATE_PFN_VALID | MIGRATE_PFN_WRITE;

	printf("%lx\n", m);
	printf("%lx\n", m >> MIGRATE_PFN_SHIFT);
	printf("%d %d\n", !!(m & MIGRATE_PFN_MIGRATE), !!(m & MIGRATE_PFN_WRITE));
	m |= MIGRATE_PFN_MIGRATE;
	m &= ~MIGRATE_PFN_WRITE;
	printf("%lx %lx\n", m, BIT(63));
	return 0;
}
