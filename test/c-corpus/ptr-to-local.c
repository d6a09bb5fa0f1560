/* Pointers to locals passed to a function that writes through them. */
#include <stdio.h>

static void swap(int *a, int *b)
{
	int t = *a;

	*a = *b;
	*b = t;
}

static void divmod(unsigned long n, unsigned long d, unsigned long *q, unsigned long *r)
{
	*q = n / d;
	*r = n % d;
}

int main(void)
{
	int x = 3, y = 9;
	unsigned long q, r;

	swap(&x, &y);
	printf("%d %d\n", x, y);
	divmod(1000003, 97, &q, &r);
	printf("%lu %lu\n", q, r);
	return 0;
}
