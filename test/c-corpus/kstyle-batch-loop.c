/* Processing a large range in fixed-size batches (like migrate_vma in 64-page steps). */
#include <stdio.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define BATCH		16UL

static unsigned long processed;

static int do_batch(unsigned long start, unsigned long end)
{
	unsigned long n = (end - start) >> PAGE_SHIFT;

	processed += n;
	printf("batch %lx-%lx %lu\n", start, end, n);
	return 0;
}

int main(void)
{
	unsigned long start = 0x400000, end = start + 37 * PAGE_SIZE;
	unsigned long addr, next;

	for (addr = start; addr < end; addr = next) {
		next = addr + BATCH * PAGE_SIZE;
		if (next > end)
			next = end;
		if (do_batch(addr, next))
			break;
	}
	printf("%lu\n", processed);
	return 0;
}
