/* Unary minus and plus on signed and unsigned values. */
#include <stdio.h>

int main(void)
{
	unsigned int u = 5;
	unsigned long ul = 1;
	int i = 7;
	unsigned char c = 3;

	printf("%u\n", -u);
	printf("%lu\n", -ul);
	printf("%d %d\n", -i, +i);
	printf("%d\n", -c);
	printf("%lx\n", -(unsigned long)4096);
	printf("%d\n", - -i);
	return 0;
}
