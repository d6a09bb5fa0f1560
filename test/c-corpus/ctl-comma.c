/* The comma operator evaluates left to right, yields the right value. */
#include <stdio.h>

int main(void)
{
	int a = 1, b = 2, c;

	c = (a++, b += a, a + b);
	printf("%d %d %d\n", a, b, c);
	for (a = 0, b = 0; a < 5; a++, b += 2)
		;
	printf("%d %d\n", a, b);
	c = (a = 3, a * a);
	printf("%d\n", c);
	return 0;
}
