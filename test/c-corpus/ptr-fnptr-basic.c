/* Function pointers: assignment, call, comparison. */
#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }

int main(void)
{
	int (*op)(int, int) = add;

	printf("%d\n", op(3, 4));
	op = mul;
	printf("%d\n", op(3, 4));
	printf("%d\n", (*op)(5, 6));
	printf("%d %d\n", op == mul, op == add);
	op = NULL;
	printf("%d\n", op == NULL);
	return 0;
}
