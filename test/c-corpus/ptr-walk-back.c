/* Walking an array backward with ptr-- and comparing with the base. */
#include <stdio.h>

int main(void)
{
	unsigned long vals[5] = { 1, 2, 4, 8, 16 };
	unsigned long *p = vals + 5;
	unsigned long acc = 0;

	while (p > vals) {
		p--;
		acc = acc * 3 + *p;
	}
	printf("%lu\n", acc);
	p = &vals[4];
	acc = *p--;
	printf("%lu %lu\n", acc, *p);
	return 0;
}
