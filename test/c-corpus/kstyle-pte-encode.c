/* Encoding present and swap-format PTEs, with soft-dirty at different bits. */
#include <stdio.h>
#include <stdbool.h>

#define _PAGE_BIT_PRESENT	0
#define _PAGE_BIT_RW		1
#define _PAGE_BIT_DIRTY		6
#define _PAGE_BIT_SOFT_DIRTY	11
#define _PAGE_SWP_SOFT_DIRTY	(1UL << 1)
#define PFN_SHIFT		12
#define SWP_TYPE_SHIFT		57
#define SWP_OFFSET_SHIFT	9

static unsigned long mk_pte(unsigned long pfn, bool write, bool dirty, bool sd)
{
	unsigned long v = pfn << PFN_SHIFT | 1UL << _PAGE_BIT_PRESENT;

	if (write)
		v |= 1UL << _PAGE_BIT_RW;
	if (dirty)
		v |= 1UL << _PAGE_BIT_DIRTY;
	if (sd)
		v |= 1UL << _PAGE_BIT_SOFT_DIRTY;
	return v;
}

static unsigned long mk_swp(unsigned int type, unsigned long offset, bool sd)
{
	unsigned long v = (unsigned long)type << SWP_TYPE_SHIFT | offset << SWP_OFFSET_SHIFT;

	return sd ? v | _PAGE_SWP_SOFT_DIRTY : v;
}

static bool pte_soft_dirty(unsigned long v)
{
	return v & (1UL << _PAGE_BIT_SOFT_DIRTY);
}

static bool swp_soft_dirty(unsigned long v)
{
	return v & _PAGE_SWP_SOFT_DIRTY;
}

int main(void)
{
	unsigned long pte = mk_pte(0x1234, true, true, true);
	unsigned long swp = mk_swp(31, 0x1234, pte_soft_dirty(pte));

	printf("%lx %d\n", pte, pte_soft_dirty(pte));
	printf("%lx %d %d\n", swp, swp_soft_dirty(swp), pte_soft_dirty(swp));
	printf("%lu %lx\n", swp >> SWP_TYPE_SHIFT, (swp >> SWP_OFFSET_SHIFT) & ((1UL << 48) - 1));
	return 0;
}
