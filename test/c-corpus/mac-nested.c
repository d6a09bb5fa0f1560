/* Macros that use other function-like macros. */
#include <stdio.h>

#define DOUBLE(x)	((x) * 2)
#define QUAD(x)		DOUBLE(DOUBLE(x))
#define MAX2(a, b)	((a) > (b) ? (a) : (b))
#define MAX3(a, b, c)	MAX2(MAX2(a, b), c)
#define CLAMP(v, lo, hi)	MAX2(lo, (v) < (hi) ? (v) : (hi))

int main(void)
{
	printf("%d %d\n", QUAD(3), QUAD(QUAD(1)));
	printf("%d %d\n", MAX3(4, 9, 2), MAX3(-1, -5, -3));
	printf("%d %d %d\n", CLAMP(5, 0, 10), CLAMP(-5, 0, 10), CLAMP(50, 0, 10));
	return 0;
}
