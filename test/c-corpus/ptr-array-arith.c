/* Pointer arithmetic over an int array. */
#include <stdio.h>

int main(void)
{
	int a[6] = { 10, 20, 30, 40, 50, 60 };
	int *p = a;
	int *q = &a[5];

	printf("%d %d %d\n", *p, *(p + 2), p[3]);
	p += 4;
	printf("%d %d\n", *p, p[-1]);
	printf("%ld\n", (long)(q - a));
	printf("%ld\n", (long)(a - q));
	q--;
	printf("%d %ld\n", *q, (long)(q - p));
	printf("%d\n", *(a + 1) + 2[a]);
	return 0;
}
