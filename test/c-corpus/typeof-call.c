/* typeof of a call: the kselftest harness's ASSERT_EQ(close(fd), 0) declares
 * `__typeof__(close(fd)) e = (close(fd));`. The grammar reads `f(x)` there as a macro type
 * specifier; it is the call's type, unevaluated (the call in typeof runs zero times). */
#include <stdio.h>

static int calls;

static long twice(int x)
{
	calls++;
	return 2L * x;
}

static unsigned char low(unsigned int x)
{
	calls++;
	return (unsigned char)x;
}

int main(void)
{
	int n = 21;
	unsigned int w = 300;
	__typeof__(twice(n)) a = twice(n);
	typeof(low(w)) b = low(w);
	__typeof__(twice(n)) big = 1L << 40;

	printf("%ld %u %ld %d %zu %zu\n", a, b, big, calls, sizeof(a), sizeof(b));
	b = low(511) + 1;
	printf("%u %d\n", b, calls);
	return 0;
}
