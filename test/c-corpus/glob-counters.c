/* File-scope variables: zero-initialized by default, shared by functions. */
#include <stdio.h>

int nr_calls;
static unsigned long total;
long history[4];

static void record(unsigned long v)
{
	history[nr_calls % 4] = (long)v;
	nr_calls++;
	total += v;
}

int main(void)
{
	int i;

	printf("%d %lu %ld\n", nr_calls, total, history[3]);
	for (i = 1; i <= 6; i++)
		record((unsigned long)i * i);
	printf("%d %lu\n", nr_calls, total);
	for (i = 0; i < 4; i++)
		printf("%ld ", history[i]);
	printf("\n");
	return 0;
}
