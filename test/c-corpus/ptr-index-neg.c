/* Negative indexing from a pointer into the middle of an array. */
#include <stdio.h>

int main(void)
{
	int a[7] = { 1, 2, 3, 4, 5, 6, 7 };
	int *mid = &a[3];
	int i, s = 0;

	for (i = -3; i <= 3; i++)
		s += mid[i] * i;
	printf("%d\n", s);
	printf("%d %d\n", mid[-3], *(mid - 2));
	return 0;
}
