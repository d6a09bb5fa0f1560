/* % and / with mixed signedness: the signed operand converts to unsigned first. */
#include <stdio.h>

int main(void)
{
	int n = -7;
	long ln = -7;

	printf("%u\n", n % 3u);
	printf("%u\n", n / 3u);
	printf("%lu\n", ln % 3ul);
	printf("%ld\n", ln % 3);
	printf("%d\n", n % 3);
	printf("%lu\n", (unsigned long)n / 2);
	printf("%ld\n", ln / 2u);
	return 0;
}
