/* Pointers to struct fields. */
#include <stdio.h>

struct counter {
	int hits;
	long total;
	unsigned char flags;
};

static void bump(int *hits, long *total, long v)
{
	(*hits)++;
	*total += v;
}

int main(void)
{
	struct counter c = { 0, 0, 0 };
	unsigned char *f = &c.flags;
	int i;

	for (i = 1; i <= 5; i++)
		bump(&c.hits, &c.total, i * 10);
	*f |= 0x5;
	printf("%d %ld %u\n", c.hits, c.total, c.flags);
	return 0;
}
