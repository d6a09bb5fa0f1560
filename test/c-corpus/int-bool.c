/* bool converts any nonzero value to 1. */
#include <stdio.h>
#include <stdbool.h>

int main(void)
{
	bool t = 42;
	bool f = 0;
	bool big = 1UL << 50;
	bool neg = -1;
	int n;

	printf("%d %d %d %d\n", t, f, big, neg);
	t = !t;
	printf("%d\n", t);
	n = true + true;
	printf("%d\n", n);
	printf("%zu\n", sizeof(bool));
	f = 256;
	printf("%d\n", f);
	return 0;
}
