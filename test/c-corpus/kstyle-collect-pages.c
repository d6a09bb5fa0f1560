/* migrate_vma_collect-like: fill src[] from a fake page table over a range. */
#include <stdio.h>

#define PAGE_SHIFT		12
#define PAGE_SIZE		(1UL << PAGE_SHIFT)
#define MIGRATE_PFN_VALID	(1UL << 0)
#define MIGRATE_PFN_MIGRATE	(1UL << 1)
#define MIGRATE_PFN_WRITE	(1UL << 3)
#define MIGRATE_PFN_SHIFT	6
#define NPTES			8

struct fake_pte {
	unsigned long pfn;
	int present;
	int write;
};

struct migrate {
	unsigned long start, end;
	unsigned long *src;
	unsigned long npages, cpages;
};

static struct fake_pte ptes[NPTES];

static int collect(struct migrate *m)
{
	unsigned long addr;

	for (addr = m->start; addr < m->end; addr += PAGE_SIZE) {
		struct fake_pte *pte = &ptes[(addr - m->start) >> PAGE_SHIFT];
		unsigned long mpfn = 0;

		if (!pte->present)
			goto next;
		mpfn = (pte->pfn << MIGRATE_PFN_SHIFT) | MIGRATE_PFN_VALID | MIGRATE_PFN_MIGRATE;
		if (pte->write)
			mpfn |= MIGRATE_PFN_WRITE;
		m->cpages++;
next:
		m->src[m->npages++] = mpfn;
	}
	return 0;
}

int main(void)
{
	unsigned long src[NPTES];
	struct migrate m = { .start = 0x10000, .end = 0x10000 + NPTES * PAGE_SIZE, .src = src };
	unsigned long i;

	for (i = 0; i < NPTES; i++) {
		ptes[i].pfn = 0x1000 + i;
		ptes[i].present = i != 2 && i != 5;
		ptes[i].write = i & 1;
	}
	collect(&m);
	printf("%lu %lu\n", m.npages, m.cpages);
	for (i = 0; i < m.npages; i++)
		printf("%lx ", src[i]);
	printf("\n");
	return 0;
}
