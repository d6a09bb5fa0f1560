/* Implicit conversions on assignment, argument passing and return. */
#include <stdio.h>

static unsigned char to_u8(int v)
{
	return v;
}

static long widen(int v)
{
	return v;
}

static unsigned int take_uint(unsigned int v)
{
	return v / 2;
}

int main(void)
{
	unsigned long ul;
	int i;
	short s;

	ul = -1;
	i = 0x12345678;
	s = i;
	printf("%lx %d\n", ul, s);
	printf("%u %u\n", to_u8(300), to_u8(-1));
	printf("%ld %ld\n", widen(-5), widen(0x7fffffff));
	printf("%u\n", take_uint(-2));
	i = 3000000000u;
	printf("%d\n", i);
	return 0;
}
