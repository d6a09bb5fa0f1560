/* Splitting a virtual address into 4-level page-table indexes. */
#include <stdio.h>

#define PAGE_SHIFT	12
#define PMD_SHIFT	21
#define PUD_SHIFT	30
#define PGDIR_SHIFT	39
#define PTRS_PER_PTE	512
#define PTRS_PER_PMD	512
#define PTRS_PER_PUD	512
#define PTRS_PER_PGD	512

static unsigned long pgd_index(unsigned long a) { return (a >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1); }
static unsigned long pud_index(unsigned long a) { return (a >> PUD_SHIFT) & (PTRS_PER_PUD - 1); }
static unsigned long pmd_index(unsigned long a) { return (a >> PMD_SHIFT) & (PTRS_PER_PMD - 1); }
static unsigned long pte_index(unsigned long a) { return (a >> PAGE_SHIFT) & (PTRS_PER_PTE - 1); }

int main(void)
{
	unsigned long addrs[] = { 0, 0x1000, 0x7fffffffe000UL, 0x7f1234567000UL, 0x40201000UL };
	unsigned int i;

	for (i = 0; i < 5; i++)
		printf("%lx: %lu %lu %lu %lu\n", addrs[i], pgd_index(addrs[i]), pud_index(addrs[i]),
		       pmd_index(addrs[i]), pte_index(addrs[i]));
	printf("%lx\n", (1UL << PMD_SHIFT) - 1);
	return 0;
}
