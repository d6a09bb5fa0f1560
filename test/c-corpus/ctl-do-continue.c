/* continue inside do-while jumps to the condition; inside for it runs the increment. */
#include <stdio.h>

int main(void)
{
	int i = 0, evens = 0, iters = 0;

	do {
		iters++;
		i++;
		if (i % 2)
			continue;
		evens++;
	} while (i < 9);
	printf("%d %d %d\n", i, evens, iters);
	for (i = 0; i < 10; i += 3) {
		if (i == 3)
			continue;
		printf("%d ", i);
	}
	printf("\n");
	i = 5;
	while (i--) {
		if (i == 2)
			continue;
		printf("%d ", i);
	}
	printf("\n");
	return 0;
}
