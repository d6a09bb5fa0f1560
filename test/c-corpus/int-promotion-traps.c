/* Classic promotion traps: ~ on small unsigned types, comparisons with ~0, shifts of promoted bytes. */
#include <stdio.h>

int main(void)
{
	unsigned char c = 0x0f, ff = 0xff;
	unsigned short us;
	short s = -1;
	unsigned char hi = 0x80;

	printf("%d %d\n", ~c, (unsigned char)~c);
	printf("%d %d\n", ff == ~0, ff == (unsigned char)~0);
	printf("%d\n", hi << 1);
	us = s;
	printf("%u %u\n", us, us >> 1);
	printf("%d\n", s >> 1);
	printf("%u\n", 1u << 31 >> 31);
	printf("%d %d\n", -3 % 5, 3 % -5);
	printf("%d\n", (c ? ff : -1) > 0);
	printf("%d\n", (unsigned char)(ff + 1) == 0);
	printf("%d\n", ff + 1 == 0);
	return 0;
}
