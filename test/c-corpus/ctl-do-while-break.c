/* break inside do { } while (0) leaves the block (a kernel idiom for early exit). */
#include <stdio.h>

static int check(int v)
{
	int ret = -1;

	do {
		if (v < 0)
			break;
		ret = 0;
		if (v > 100)
			break;
		ret = v * 2;
	} while (0);
	return ret;
}

int main(void)
{
	int vals[] = { -5, 7, 500 };
	int i;

	for (i = 0; i < 3; i++)
		printf("%d ", check(vals[i]));
	printf("\n");
	return 0;
}
