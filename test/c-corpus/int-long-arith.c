/* 64-bit signed arithmetic near the edges, without overflow. */
#include <stdio.h>

int main(void)
{
	long a = 9223372036854775807L;
	long b = -9223372036854775807L - 1;
	long c = 3037000499L;

	printf("%ld %ld\n", a, b);
	printf("%ld\n", a + b);
	printf("%ld\n", c * c);
	printf("%ld\n", a / 1000000007L);
	printf("%ld\n", b % 1000000007L);
	printf("%ld\n", -(b + 1));
	printf("%lld\n", 123456789LL * 1000LL);
	return 0;
}
