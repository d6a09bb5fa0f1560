/* Function-like macros with parenthesized arguments. */
#include <stdio.h>

#define SQUARE(x)	((x) * (x))
#define ADD3(a, b, c)	((a) + (b) + (c))
#define NOPAREN(x)	x * 2
#define IDX(row, col, w)	((row) * (w) + (col))

int main(void)
{
	int i = 3;

	printf("%d %d\n", SQUARE(i + 1), SQUARE(2) * 3);
	printf("%d\n", ADD3(1, i, SQUARE(i)));
	printf("%d\n", NOPAREN(1 + 2));
	printf("%d\n", IDX(2, 3, 10));
	return 0;
}
