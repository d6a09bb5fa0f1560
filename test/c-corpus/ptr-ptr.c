/* Pointer to pointer: updating a caller's pointer. */
#include <stdio.h>

static void advance(int **pp, int n)
{
	*pp += n;
}

int main(void)
{
	int a[5] = { 1, 2, 3, 4, 5 };
	int *p = a;
	int **pp = &p;

	advance(&p, 2);
	printf("%d\n", *p);
	**pp = 30;
	printf("%d\n", a[2]);
	(*pp)++;
	printf("%d %d\n", *p, **pp);
	return 0;
}
