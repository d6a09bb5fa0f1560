/* Logical operators yield int 0 or 1. */
#include <stdio.h>

int main(void)
{
	int a = 5, b = 0;
	unsigned long big = 1UL << 40;

	printf("%d %d %d\n", a && b, a || b, !a);
	printf("%d %d\n", !b, !!a);
	printf("%d\n", !!big);
	printf("%d\n", (a > 3) + (b < 1) + (a == 5));
	printf("%zu\n", sizeof(a && b));
	printf("%d\n", !big == 0);
	return 0;
}
