/* Block-scope locals with initializers are re-initialized on every entry to the block. */
#include <stdio.h>

int main(void)
{
	int i, n = 0;

	for (i = 0; i < 4; i++) {
		int count = 10;
		int hist[3] = { 0 };
		struct { int a, b; } s = { i, 0 };

		count += i;
		hist[i % 3]++;
		s.b += count;
		printf("%d %d%d%d %d %d\n", count, hist[0], hist[1], hist[2], s.a, s.b);
	}
again:
	{
		int k = 100;

		k += n;
		printf("k=%d\n", k);
		if (++n < 3)
			goto again;
	}
	return 0;
}
