/* Struct-valued ?: and struct assignment through pointers. */
#include <stdio.h>

struct pair { long a, b; };

int main(void)
{
	struct pair x = { 1, 2 }, y = { 30, 40 }, z;
	struct pair *px = &x, *py = &y;
	int k;

	for (k = 0; k < 2; k++) {
		z = k ? x : y;
		printf("%ld %ld\n", z.a, z.b);
	}
	*px = *py;
	py->a = 99;
	printf("%ld %ld %ld\n", x.a, x.b, y.a);
	printf("%ld\n", (k > 1 ? x : y).b);
	return 0;
}
