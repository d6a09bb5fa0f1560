/* Macros expanding to assignments and increments used as statements. */
#include <stdio.h>

#define INC(x)		((x)++)
#define SET_BIT(w, b)	((w) |= 1UL << (b))
#define CLEAR_BIT(w, b)	((w) &= ~(1UL << (b)))
#define TEST_BIT(w, b)	(((w) >> (b)) & 1UL)

int main(void)
{
	unsigned long w = 0;
	int c = 0;

	SET_BIT(w, 3);
	SET_BIT(w, 40);
	INC(c);
	INC(c);
	CLEAR_BIT(w, 3);
	printf("%lx %d %lu %lu\n", w, c, TEST_BIT(w, 40), TEST_BIT(w, 3));
	return 0;
}
