/* main's return value becomes the exit status. */
#include <stdio.h>

static int compute(int n)
{
	return n * 3 + 1;
}

int main(void)
{
	int r = compute(14);

	printf("returning %d\n", r);
	return r;
}
