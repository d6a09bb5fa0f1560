/* Pointers into an array member: begin/end pointers, one-past-the-end comparisons. */
#include <stdio.h>

struct batch {
	int nr;
	unsigned long pfns[6];
	int tail;
};

static unsigned long *batch_end(struct batch *b)
{
	return b->pfns + sizeof(b->pfns) / sizeof(b->pfns[0]);
}

int main(void)
{
	struct batch b = { .nr = 0, .tail = 77 };
	unsigned long *p, *end = batch_end(&b);
	unsigned long sum = 0;

	for (p = &b.pfns[0]; p != end; p++)
		*p = (unsigned long)(p - b.pfns) * 0x10 + 1;
	for (p = end - 1; p >= b.pfns + 2; p--)
		sum += *p;
	printf("%lu %ld %d\n", sum, (long)(end - b.pfns), b.tail);
	printf("%d %d\n", end == &b.pfns[6], p == &b.pfns[1]);
	return 0;
}
