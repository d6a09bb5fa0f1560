/* do { } while (0) statement macros under if/else. */
#include <stdio.h>

#define SWAP(a, b) do {		\
	int __t = (a);		\
	(a) = (b);		\
	(b) = __t;		\
} while (0)

#define LOG_AND_COUNT(n, msg) do {	\
	printf("%s\n", msg);		\
	(n)++;				\
} while (0)

int main(void)
{
	int x = 1, y = 2, n = 0;

	if (x < y)
		SWAP(x, y);
	else
		LOG_AND_COUNT(n, "not swapped");
	printf("%d %d %d\n", x, y, n);
	if (x < y)
		SWAP(x, y);
	else
		LOG_AND_COUNT(n, "second");
	printf("%d %d %d\n", x, y, n);
	return 0;
}
