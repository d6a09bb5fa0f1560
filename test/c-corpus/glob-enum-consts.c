/* File-scope enum constants used as array sizes and in initializers. */
#include <stdio.h>

enum { NR_LRU = 4, NR_ZONES = 3 };

static unsigned long lru_count[NR_ZONES][NR_LRU];

int main(void)
{
	int z, l;
	unsigned long sum = 0;

	for (z = 0; z < NR_ZONES; z++)
		for (l = 0; l < NR_LRU; l++)
			lru_count[z][l] = (unsigned long)(z * NR_LRU + l);
	for (z = 0; z < NR_ZONES; z++)
		sum += lru_count[z][NR_LRU - 1];
	printf("%lu %zu\n", sum, sizeof(lru_count));
	return 0;
}
