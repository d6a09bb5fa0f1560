/* const-qualified pointers and pointees. */
#include <stdio.h>

static int sum(const int *a, int n)
{
	int s = 0;

	while (n--)
		s += *a++;
	return s;
}

int main(void)
{
	const int tbl[] = { 3, 1, 4, 1, 5, 9, 2, 6 };
	int buf[2] = { 0, 0 };
	int *const fixed = buf;

	printf("%d\n", sum(tbl, 8));
	fixed[1] = 42;
	*fixed = 7;
	printf("%d %d\n", buf[0], buf[1]);
	return 0;
}
