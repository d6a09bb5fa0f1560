/* Right shifts of negative values (arithmetic in gcc) and masks built by shifting. */
#include <stdio.h>

int main(void)
{
	long v = -0x1000L;
	int i;

	for (i = 0; i < 64; i += 9)
		printf("%d %ld\n", i, v >> i);
	printf("%lx\n", (unsigned long)(v >> 63));
	printf("%lx\n", ((1UL << 40) - 1) & ~((1UL << 12) - 1));
	printf("%x\n", (unsigned int)((-1) >> 4));
	return 0;
}
