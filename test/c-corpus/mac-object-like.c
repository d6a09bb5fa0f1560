/* Object-like macros, including ones built from other macros. */
#include <stdio.h>

#define NR_ITEMS	5
#define BASE		0x1000UL
#define STRIDE		(BASE / 4)
#define LIMIT		(BASE + NR_ITEMS * STRIDE)
#define GREETING	"hello"

int main(void)
{
	unsigned long a;
	int n = 0;

	for (a = BASE; a < LIMIT; a += STRIDE)
		n++;
	printf("%d %d %lx %lx\n", n, NR_ITEMS, STRIDE, LIMIT);
	printf("%s\n", GREETING);
	return 0;
}
