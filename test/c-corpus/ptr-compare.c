/* Relational and equality comparison of pointers into one array. */
#include <stdio.h>
#include <stddef.h>

int main(void)
{
	long arr[8];
	long *lo = &arr[1], *hi = &arr[6], *p;
	int n = 0;

	for (p = arr; p < arr + 8; p++)
		*p = (p - arr) * 3;
	for (p = lo; p <= hi; p++)
		n += (int)*p;
	printf("%d\n", n);
	printf("%d %d %d %d\n", lo < hi, lo > hi, lo == &arr[1], hi != lo);
	printf("%d\n", p == arr + 7);
	p = NULL;
	printf("%d %d\n", p == NULL, !p);
	return 0;
}
