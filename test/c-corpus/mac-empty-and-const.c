/* Empty macros, annotations expanding to nothing, constant macros in arrays. */
#include <stdio.h>

#define __must_check
#define noinline_for_test
#define NR_SLOTS (4 * 2)

static __must_check int compute(int x)
{
	return x * 3;
}

static noinline_for_test int twice(int x)
{
	return x + x;
}

int main(void)
{
	int slots[NR_SLOTS];
	int i;

	for (i = 0; i < NR_SLOTS; i++)
		slots[i] = compute(i) + twice(i);
	printf("%d %d %zu\n", slots[1], slots[NR_SLOTS - 1], sizeof(slots));
	return 0;
}
