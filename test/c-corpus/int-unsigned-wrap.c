/* Unsigned arithmetic wraps at the declared width. */
#include <stdio.h>

int main(void)
{
	unsigned char uc = 250;
	unsigned short us = 65530;
	unsigned int ui = 4294967290u;
	unsigned long ul = 18446744073709551610ul;

	uc += 10;
	us += 10;
	ui += 10;
	ul += 10;
	printf("%u %u %u %lu\n", uc, us, ui, ul);
	uc = 3;
	uc -= 5;
	ui = 0;
	ui--;
	ul = 0;
	ul -= 1;
	printf("%u %u %lu\n", uc, ui, ul);
	ui = 65536u * 65536u + 7u;
	printf("%u\n", ui);
	return 0;
}
