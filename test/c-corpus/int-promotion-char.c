/* char and short are promoted to int before arithmetic. */
#include <stdio.h>

int main(void)
{
	unsigned char a = 200, b = 100;
	signed char c = -100, d = -100;
	unsigned short s = 60000;
	int r;

	r = a + b;
	printf("%d\n", r);
	r = c + d;
	printf("%d\n", r);
	r = s * 2;
	printf("%d\n", r);
	printf("%d\n", a * b);
	printf("%zu %zu\n", sizeof(a + b), sizeof(+a));
	unsigned char e = a + b;
	printf("%u\n", e);
	return 0;
}
