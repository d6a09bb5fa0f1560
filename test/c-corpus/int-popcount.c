/* Bit counting and finding bits by hand. */
#include <stdio.h>

static int popcount(unsigned long x)
{
	int n = 0;

	while (x) {
		x &= x - 1;
		n++;
	}
	return n;
}

static int ffs_manual(unsigned long x)
{
	int i;

	for (i = 0; i < 64; i++)
		if (x & (1UL << i))
			return i + 1;
	return 0;
}

int main(void)
{
	unsigned long v[] = { 0, 1, 0xff, 0x8000000000000000UL, ~0UL, 0x1234567890abcdefUL };
	unsigned int i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		printf("%lx %d %d\n", v[i], popcount(v[i]), ffs_manual(v[i]));
	return 0;
}
