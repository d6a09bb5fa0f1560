/* ?: including nesting and as an lvalue-free value in expressions. */
#include <stdio.h>

static int sign(long v)
{
	return v > 0 ? 1 : v < 0 ? -1 : 0;
}

int main(void)
{
	long vals[] = { -9, 0, 4 };
	int i, evals = 0;

	for (i = 0; i < 3; i++)
		printf("%d ", sign(vals[i]));
	printf("\n");
	i = 1;
	i = i ? (evals++, 10) : (evals += 100, 20);
	printf("%d %d\n", i, evals);
	printf("%s\n", evals > 1 ? "many" : "one");
	return 0;
}
