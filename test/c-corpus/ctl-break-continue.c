/* break and continue in nested loops affect only the inner loop. */
#include <stdio.h>

int main(void)
{
	int i, j, count = 0;

	for (i = 0; i < 5; i++) {
		for (j = 0; j < 5; j++) {
			if (j == i)
				continue;
			if (j > 3)
				break;
			count += i * 10 + j;
		}
		if (i == 3)
			continue;
		printf("%d %d\n", i, count);
	}
	i = 0;
	while (1) {
		if (++i % 2)
			continue;
		if (i > 8)
			break;
		printf("%d ", i);
	}
	printf("\n");
	do {
		i--;
		if (i == 5)
			break;
	} while (i > 0);
	printf("%d\n", i);
	return 0;
}
