/* Arrays inside structs, indexed through pointers. */
#include <stdio.h>

#define NPAGES 8

struct batch {
	int nr;
	unsigned long pfns[NPAGES];
	unsigned char flags[NPAGES];
};

static void add(struct batch *b, unsigned long pfn, unsigned char fl)
{
	b->pfns[b->nr] = pfn;
	b->flags[b->nr] = fl;
	b->nr++;
}

int main(void)
{
	struct batch b = { 0 };
	int i;

	for (i = 0; i < 5; i++)
		add(&b, 0x100 + i * 3, (unsigned char)(i & 1));
	for (i = 0; i < b.nr; i++)
		if (b.flags[i])
			printf("%lx ", b.pfns[i]);
	printf("\n%d %zu\n", b.nr, sizeof(b));
	return 0;
}
