/* Structs passed and returned by value are copies. */
#include <stdio.h>

struct range {
	unsigned long start;
	unsigned long end;
};

static unsigned long span(struct range r)
{
	r.end -= r.start;
	return r.end;
}

static struct range grow(struct range r, unsigned long by)
{
	r.end += by;
	return r;
}

int main(void)
{
	struct range r = { 0x1000, 0x5000 };
	struct range g;

	printf("%lx\n", span(r));
	printf("%lx %lx\n", r.start, r.end);
	g = grow(r, 0x2000);
	printf("%lx %lx\n", g.start, g.end);
	printf("%lx\n", grow(g, 1).end);
	return 0;
}
