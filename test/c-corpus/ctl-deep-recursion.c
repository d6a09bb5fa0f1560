/* Deep recursion: thousands of live frames, each with its own locals. */
#include <stdio.h>

static unsigned long depth_sum(unsigned int n, unsigned long acc)
{
	unsigned long local = acc + n;

	if (n == 0)
		return local;
	return depth_sum(n - 1, local) + (n & 1);
}

static int ackermann(int m, int n)
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ackermann(m - 1, 1);
	return ackermann(m - 1, ackermann(m, n - 1));
}

int main(void)
{
	printf("%lu\n", depth_sum(5000, 0));
	printf("%d\n", ackermann(2, 3));
	return 0;
}
