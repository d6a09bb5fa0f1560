/* Passing a function pointer and an opaque argument (visitor pattern). */
#include <stdio.h>

typedef int (*visit_fn)(unsigned long pfn, void *arg);

static int count_even(unsigned long pfn, void *arg)
{
	int *n = arg;

	if (pfn % 2 == 0)
		(*n)++;
	return 0;
}

static int stop_at_big(unsigned long pfn, void *arg)
{
	unsigned long *limit = arg;

	return pfn > *limit ? 1 : 0;
}

static int walk(const unsigned long *pfns, int n, visit_fn fn, void *arg)
{
	int i, ret;

	for (i = 0; i < n; i++) {
		ret = fn(pfns[i], arg);
		if (ret)
			return i;
	}
	return -1;
}

int main(void)
{
	unsigned long pfns[] = { 4, 7, 10, 12, 99, 3 };
	int evens = 0;
	unsigned long limit = 50;

	printf("%d", walk(pfns, 6, count_even, &evens));
	printf(" %d\n", evens);
	printf("%d\n", walk(pfns, 6, stop_at_big, &limit));
	return 0;
}
