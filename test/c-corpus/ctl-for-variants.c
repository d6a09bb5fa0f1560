/* for loops: empty parts, declarations in init, multiple counters. */
#include <stdio.h>

int main(void)
{
	int i, j, n = 0;

	for (int k = 0; k < 3; k++)
		printf("k=%d\n", k);
	for (i = 0, j = 10; i < j; i++, j -= 2)
		printf("%d,%d ", i, j);
	printf("\n");
	for (;;) {
		if (++n == 4)
			break;
	}
	printf("%d\n", n);
	i = 0;
	for (; i < 3;)
		i++;
	printf("%d\n", i);
	return 0;
}
