/* Signed vs unsigned comparisons follow the converted type. */
#include <stdio.h>

int main(void)
{
	int neg = -5;
	unsigned int big = 10;
	long lneg = -5;
	unsigned short us = 10;
	unsigned long ul = 10;

	printf("%d\n", neg < big);
	printf("%d\n", lneg < big);
	printf("%d\n", neg < us);
	printf("%d\n", lneg < ul);
	printf("%d\n", -1 == 0xffffffff);
	printf("%d\n", -1L == 0xffffffff);
	printf("%d\n", -1 == ~0u);
	printf("%d %d\n", (unsigned char)-1 == 255, (signed char)-1 == -1);
	return 0;
}
