/* Deferred TLB flush batching: collect ranges, flush once at the end. */
#include <stdio.h>

#define PAGE_SIZE	4096UL

struct tlb_batch {
	unsigned long start, end;
	int need_flush;
	int nr_flushes;
};

static void tlb_add(struct tlb_batch *t, unsigned long addr)
{
	if (!t->need_flush) {
		t->start = addr;
		t->end = addr + PAGE_SIZE;
	} else {
		if (addr < t->start)
			t->start = addr;
		if (addr + PAGE_SIZE > t->end)
			t->end = addr + PAGE_SIZE;
	}
	t->need_flush = 1;
}

static void tlb_flush(struct tlb_batch *t)
{
	if (!t->need_flush)
		return;
	printf("flush %lx-%lx\n", t->start, t->end);
	t->need_flush = 0;
	t->nr_flushes++;
}

int main(void)
{
	struct tlb_batch t = { 0 };
	unsigned long addrs[] = { 0x5000, 0x3000, 0x9000, 0x4000 };
	unsigned int i;

	for (i = 0; i < 4; i++)
		tlb_add(&t, addrs[i]);
	tlb_flush(&t);
	tlb_flush(&t);
	tlb_add(&t, 0x100000);
	tlb_flush(&t);
	printf("%d\n", t.nr_flushes);
	return 0;
}
