/* Casts between widths truncate or extend. */
#include <stdio.h>

int main(void)
{
	long l = 0x123456789abcdefL;
	int i = -2;

	printf("%x\n", (unsigned int)l);
	printf("%d\n", (short)l);
	printf("%d\n", (signed char)l);
	printf("%u\n", (unsigned char)l);
	printf("%lx\n", (unsigned long)i);
	printf("%ld\n", (long)i);
	printf("%lu\n", (unsigned long)(unsigned int)i);
	printf("%d\n", (int)(unsigned char)i);
	printf("%d\n", (short)40000);
	printf("%d\n", (signed char)200);
	return 0;
}
