/* && and || short-circuit and skip side effects. */
#include <stdio.h>

static int calls;

static int t(int v)
{
	calls++;
	return v;
}

int main(void)
{
	int i = 0, r;

	r = 0 && i++;
	printf("%d %d\n", r, i);
	r = 1 || i++;
	printf("%d %d\n", r, i);
	r = 1 && i++;
	printf("%d %d\n", r, i);
	r = 0 || i++;
	printf("%d %d\n", r, i);
	r = t(0) && t(1) && t(1);
	printf("%d %d\n", r, calls);
	r = t(1) || t(0);
	printf("%d %d\n", r, calls);
	r = t(0) || (t(1) && t(0)) || t(1);
	printf("%d %d\n", r, calls);
	return 0;
}
