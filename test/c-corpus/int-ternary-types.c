/* ?: operand conversions. */
#include <stdio.h>

int main(void)
{
	int cond = 1;
	int neg = -1;
	unsigned int one = 1;

	printf("%zu\n", sizeof(cond ? neg : 1L));
	printf("%ld\n", cond ? neg : 1L);
	printf("%u\n", cond ? neg : one);
	printf("%d\n", (cond ? neg : one) > 0);
	printf("%d\n", cond ? 'a' : 0);
	return 0;
}
