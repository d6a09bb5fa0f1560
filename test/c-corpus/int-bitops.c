/* Bitwise operators on 32- and 64-bit values. */
#include <stdio.h>

int main(void)
{
	unsigned long a = 0xf0f0f0f0f0f0f0f0UL, b = 0x0ff00ff00ff00ff0UL;
	unsigned int x = 0xa5a5a5a5u;

	printf("%lx %lx %lx\n", a & b, a | b, a ^ b);
	printf("%x %x\n", x & 0xffff, x ^ ~0u);
	printf("%d %d\n", 6 & 3, 6 | 3);
	printf("%d\n", -8 & 0xf);
	printf("%lx\n", a & ~b);
	printf("%d\n", (x & (1u << 31)) != 0);
	return 0;
}
