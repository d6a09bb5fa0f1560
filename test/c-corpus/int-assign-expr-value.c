/* The value of an assignment expression is the converted stored value; chained assignment. */
#include <stdio.h>

int main(void)
{
	unsigned char c;
	short s;
	int a, b, d;
	unsigned int u;
	long x;
	int big = 300, bigger = 70000;

	x = (c = big);
	printf("%ld %u\n", x, c);
	a = b = d = 7;
	printf("%d %d %d\n", a, b, d);
	x = (s = bigger);
	printf("%ld\n", x);
	x = (u = -1);
	printf("%ld\n", x);
	a = (c += 250);
	printf("%d\n", a);
	if ((a = 0) == 0)
		printf("zero\n");
	x = (c = 255) + 1;
	printf("%ld\n", x);
	return 0;
}
