/* A for_each-style iterator macro. */
#include <stdio.h>

#define for_each_set(i, mask, n) \
	for ((i) = 0; (i) < (n); (i)++) \
		if ((mask) & (1UL << (i)))

#define for_each_range(a, start, end, step) \
	for ((a) = (start); (a) < (end); (a) += (step))

int main(void)
{
	unsigned long mask = 0x2d, a;
	int i, count = 0;

	for_each_set(i, mask, 8)
		printf("%d ", i);
	printf("\n");
	for_each_range(a, 0x1000UL, 0x5000UL, 0x1000UL)
		count++;
	printf("%d\n", count);
	return 0;
}
