/* ~0 at different widths. */
#include <stdio.h>

int main(void)
{
	unsigned long a = ~0UL;
	unsigned int b = ~0U;
	int c = ~0;
	unsigned long d = ~0;
	unsigned long e = ~0U;
	unsigned char f = ~0;

	printf("%lx %x %d\n", a, b, c);
	printf("%lx %lx %u\n", d, e, f);
	printf("%lx\n", ~(unsigned long)0xff);
	printf("%x\n", ~0xffu);
	printf("%d\n", ~5);
	return 0;
}
