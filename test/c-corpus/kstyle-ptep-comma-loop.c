/* for (; addr < end; addr += PAGE_SIZE, ptep++) over a PTE page, with a lock/unlock around it. */
#include <stdio.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PTRS_PER_PTE	512
#define _PAGE_PRESENT	(1UL << 0)
#define _PAGE_RW	(1UL << 1)
#define MIGRATE_PFN_VALID	(1UL << 0)
#define MIGRATE_PFN_MIGRATE	(1UL << 1)
#define MIGRATE_PFN_WRITE	(1UL << 3)
#define MIGRATE_PFN_SHIFT	6

typedef struct { unsigned long pte; } pte_t;

struct migrate_vma {
	unsigned long start, end;
	unsigned long *src;
	unsigned long npages, cpages;
};

static pte_t pte_page[PTRS_PER_PTE];
static int ptl_held;

static pte_t *pte_offset_lock(unsigned long addr)
{
	ptl_held++;
	return &pte_page[(addr >> PAGE_SHIFT) & (PTRS_PER_PTE - 1)];
}

static void pte_unlock(void)
{
	ptl_held--;
}

static int collect_pmd(unsigned long start, unsigned long end, struct migrate_vma *migrate)
{
	unsigned long addr = start;
	pte_t *ptep;

	ptep = pte_offset_lock(addr);
	for (; addr < end; addr += PAGE_SIZE, ptep++) {
		unsigned long mpfn = 0, pfn;
		pte_t pte = *ptep;

		if (!(pte.pte & _PAGE_PRESENT)) {
			migrate->src[migrate->npages++] = 0;
			continue;
		}
		pfn = pte.pte >> PAGE_SHIFT;
		mpfn = pfn << MIGRATE_PFN_SHIFT | MIGRATE_PFN_VALID | MIGRATE_PFN_MIGRATE;
		mpfn |= (pte.pte & _PAGE_RW) ? MIGRATE_PFN_WRITE : 0;
		ptep->pte &= ~_PAGE_PRESENT;
		migrate->cpages++;
		migrate->src[migrate->npages++] = mpfn;
	}
	pte_unlock();
	return 0;
}

int main(void)
{
	unsigned long src[16];
	struct migrate_vma m = { .start = 0x7f0000003000UL, .src = src };
	unsigned long i;

	m.end = m.start + 10 * PAGE_SIZE;
	for (i = 0; i < PTRS_PER_PTE; i++)
		if (i % 4 != 1)
			pte_page[i].pte = (0x9000 + i) << PAGE_SHIFT | _PAGE_PRESENT | (i & 2 ? _PAGE_RW : 0);
	collect_pmd(m.start, m.end, &m);
	printf("%lu %lu %d\n", m.npages, m.cpages, ptl_held);
	for (i = 0; i < m.npages; i++)
		printf("%lx%c", src[i], i + 1 < m.npages ? ' ' : '\n');
	printf("%lx %lx\n", pte_page[3].pte, pte_page[13].pte);
	return 0;
}
