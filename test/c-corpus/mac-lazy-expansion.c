/* A macro may use a macro defined after it; expansion happens at the use. */
#include <stdio.h>

#define TOTAL		(BASE + EXTRA)
#define SCALE(x)	((x) * FACTOR)
#define BASE		100
#define EXTRA		23
#define FACTOR		3
#define EMPTY_ARGS()	42

int main(void)
{
	printf("%d %d %d\n", TOTAL, SCALE(TOTAL), EMPTY_ARGS());
	return 0;
}
