/* Copying page contents (modelled as word arrays) between source and destination. */
#include <stdio.h>

#define WORDS_PER_PAGE	8
#define NPAGES		4

static unsigned long mem_src[NPAGES][WORDS_PER_PAGE];
static unsigned long mem_dst[NPAGES][WORDS_PER_PAGE];

static void copy_page(unsigned long *to, const unsigned long *from)
{
	int i;

	for (i = 0; i < WORDS_PER_PAGE; i++)
		to[i] = from[i];
}

static unsigned long checksum(const unsigned long *p)
{
	unsigned long s = 0;
	int i;

	for (i = 0; i < WORDS_PER_PAGE; i++)
		s = (s << 5 | s >> 59) ^ p[i];
	return s;
}

int main(void)
{
	int p, w;

	for (p = 0; p < NPAGES; p++)
		for (w = 0; w < WORDS_PER_PAGE; w++)
			mem_src[p][w] = (unsigned long)(p * 1000 + w) * 0x9e3779b97f4a7c15UL;
	for (p = 0; p < NPAGES; p++)
		if (p != 2)
			copy_page(mem_dst[p], mem_src[p]);
	for (p = 0; p < NPAGES; p++)
		printf("%d %lx %d\n", p, checksum(mem_dst[p]), checksum(mem_dst[p]) == checksum(mem_src[p]));
	return 0;
}
