/*
 * Compound literals at file scope have static storage (C11 6.5.2.5p5): a global
 * pointer to one (struct, array and scalar), a table of pointers to them; each
 * outlives every function call and keeps its writes.
 */
#include <stdio.h>

struct range {
	unsigned long start;
	unsigned long end;
};

static struct range *whole = &(struct range){ .start = 0x1000, .end = 0x5000 };
static int *primes = (int[]){ 2, 3, 5, 7, 11 };
static const struct range *table[] = {
	&(struct range){ 1, 2 },
	&(struct range){ 10, 40 },
};

static unsigned long span(const struct range *r)
{
	return r->end - r->start;
}

static int *slot = &(int){ 100 };

static int counter(void)
{
	int local = (int){ 5 } + 1;

	return ++*slot + local - 6;
}

int main(void)
{
	int i, sum = 0;

	for (i = 0; i < 5; i++)
		sum += primes[i];
	primes[2] = 50;
	whole->end += 0x1000;
	counter();
	counter();
	printf("span %lx sum %d primes[2] %d\n", span(whole), sum, primes[2]);
	printf("table %lu %lu counter %d\n", span(table[0]), span(table[1]), counter());
	return 0;
}
