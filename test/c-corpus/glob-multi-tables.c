/* Several file-scope tables indexing each other. */
#include <stdio.h>

static const unsigned char order_of[8] = { 0, 0, 1, 1, 2, 2, 2, 3 };
static const unsigned long size_of_order[4] = { 4096, 8192, 16384, 32768 };
static unsigned long used[4];

int main(void)
{
	int i;
	unsigned long total = 0;

	for (i = 0; i < 8; i++)
		used[order_of[i]] += size_of_order[order_of[i]];
	for (i = 0; i < 4; i++) {
		printf("%d %lu\n", i, used[i]);
		total += used[i];
	}
	printf("%lu\n", total);
	return 0;
}
