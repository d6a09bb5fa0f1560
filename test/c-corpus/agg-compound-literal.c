/* Compound literals, as used for pte_t-style wrappers. */
#include <stdio.h>

typedef struct { unsigned long pte; } pte_t;

struct range { unsigned long start, end; };

static pte_t mk(unsigned long v)
{
	return (pte_t){ .pte = v };
}

static unsigned long len(struct range r)
{
	return r.end - r.start;
}

int main(void)
{
	pte_t a = mk(0x1067);
	int *p = (int[]){ 4, 5, 6 };

	printf("%lx\n", a.pte);
	printf("%lx\n", len((struct range){ 0x1000, 0x4000 }));
	printf("%d %d\n", p[0], p[2]);
	a = (pte_t){ 0 };
	printf("%lx\n", a.pte);
	return 0;
}
