/* likely/unlikely wrappers around conditions. */
#include <stdio.h>

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

static int check(long v)
{
	if (unlikely(v < 0))
		return -22;
	if (likely(v < 100))
		return 0;
	return 1;
}

int main(void)
{
	printf("%d %d %d\n", check(-1), check(5), check(500));
	return 0;
}
