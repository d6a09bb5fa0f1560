/* ARRAY_SIZE over arrays of different element types. */
#include <stdio.h>

#define ARRAY_SIZE(arr)	(sizeof(arr) / sizeof((arr)[0]))

struct s { long a; char b; };

int main(void)
{
	int a[7];
	struct s b[3];
	const char *names[] = { "x", "y" };
	unsigned char bytes[33];
	unsigned long i, n = 0;

	for (i = 0; i < ARRAY_SIZE(a); i++)
		a[i] = (int)i;
	for (i = 0; i < ARRAY_SIZE(a); i++)
		n += a[i];
	printf("%zu %zu %zu %zu %lu\n", ARRAY_SIZE(a), ARRAY_SIZE(b), ARRAY_SIZE(names),
	       ARRAY_SIZE(bytes), n);
	return 0;
}
