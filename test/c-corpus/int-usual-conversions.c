/* The usual arithmetic conversions between mixed operands. */
#include <stdio.h>

int main(void)
{
	int i = -1;
	unsigned int u = 1;
	long l = -1;
	unsigned long ul = 1;

	printf("%u\n", i + u);
	printf("%ld\n", l + u);
	printf("%lu\n", l + ul);
	printf("%zu %zu %zu\n", sizeof(i + u), sizeof(l + u), sizeof(i + ul));
	printf("%d\n", (i + u) > 0);
	printf("%d\n", (l + u) > 0);
	printf("%ld\n", i * 3L);
	printf("%u\n", i * 3u);
	return 0;
}
