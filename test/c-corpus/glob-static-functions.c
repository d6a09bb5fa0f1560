/* static and non-static functions calling each other; prototypes first. */
#include <stdio.h>

static int helper(int x);
int api(int x);

int api(int x)
{
	return helper(x) + 1;
}

static int helper(int x)
{
	return x * 10;
}

static inline int tiny(int x)
{
	return x - 1;
}

int main(void)
{
	printf("%d %d\n", api(4), tiny(api(0)));
	return 0;
}
