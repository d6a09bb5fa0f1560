/* limits.h constants. */
#include <stdio.h>
#include <limits.h>

int main(void)
{
	printf("%d %d\n", INT_MAX, INT_MIN);
	printf("%u\n", UINT_MAX);
	printf("%ld %ld\n", LONG_MAX, LONG_MIN);
	printf("%lu\n", ULONG_MAX);
	printf("%d %d %d\n", CHAR_BIT, SCHAR_MIN, SCHAR_MAX);
	printf("%d %d\n", SHRT_MIN, USHRT_MAX);
	printf("%d\n", INT_MAX + INT_MIN);
	printf("%u\n", UINT_MAX + 1u);
	return 0;
}
