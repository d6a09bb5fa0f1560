/* void * round trips back to the original pointer type. */
#include <stdio.h>

static void fill(void *buf, int n, int v)
{
	int *p = buf;
	int i;

	for (i = 0; i < n; i++)
		p[i] = v + i;
}

int main(void)
{
	int a[4];
	void *v = a;
	int *back;

	fill(a, 4, 7);
	back = (int *)v;
	printf("%d %d\n", back[0], back[3]);
	printf("%d\n", v == (void *)&a[0]);
	return 0;
}
