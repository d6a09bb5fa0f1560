/* Compound assignment operators at several widths. */
#include <stdio.h>

int main(void)
{
	unsigned int x = 100;
	long y = -3;
	unsigned char c = 7;

	x += 5; printf("%u\n", x);
	x -= 10; printf("%u\n", x);
	x *= 3; printf("%u\n", x);
	x /= 4; printf("%u\n", x);
	x %= 7; printf("%u\n", x);
	x <<= 4; printf("%u\n", x);
	x >>= 1; printf("%u\n", x);
	x &= 0x1c; printf("%u\n", x);
	x |= 0x101; printf("%u\n", x);
	x ^= 0xff; printf("%u\n", x);
	y *= -7; printf("%ld\n", y);
	y /= 2; printf("%ld\n", y);
	c *= 40; printf("%u\n", c);
	c <<= 3; printf("%u\n", c);
	return 0;
}
