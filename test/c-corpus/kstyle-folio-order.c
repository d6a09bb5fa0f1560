/* Folio order arithmetic: nr pages, head pfn alignment, index in folio. */
#include <stdio.h>

static unsigned long folio_nr_pages(unsigned int order)
{
	return 1UL << order;
}

static unsigned long folio_head_pfn(unsigned long pfn, unsigned int order)
{
	return pfn & ~(folio_nr_pages(order) - 1);
}

int main(void)
{
	unsigned int orders[] = { 0, 2, 4, 9 };
	unsigned long pfn = 0x12345;
	unsigned int i;

	for (i = 0; i < 4; i++) {
		unsigned int o = orders[i];
		unsigned long head = folio_head_pfn(pfn, o);

		printf("order %u: nr %lu head %lx idx %lu\n", o, folio_nr_pages(o), head, pfn - head);
	}
	return 0;
}
