/* Precedence of mixed operators without parentheses. */
#include <stdio.h>

int main(void)
{
	int a = 6, b = 3, c = 2;
	unsigned long m = 0xf0;

	printf("%d\n", a + b * c - a / b % c);
	printf("%d\n", a - b - c);
	printf("%d\n", a / b / c);
	printf("%lu\n", m >> 4 & 0x3);
	printf("%d\n", -a % b + ~c);
	printf("%d\n", a * b >> 1);
	printf("%d\n", !a + -b * ~c);
	printf("%lu\n", m | 1 << 2);
	return 0;
}
