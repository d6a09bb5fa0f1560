/* Conversion rank corner cases between long, long long and their unsigned forms. */
#include <stdio.h>

int main(void)
{
	long long sll = -1;
	unsigned long ul = 1;
	long sl = -1;
	unsigned long long ull = 1;
	unsigned int ui = 1;
	_Bool b = 1;

	printf("%d\n", sll < ul);
	printf("%d\n", sl < ull);
	printf("%d\n", sl < ui);
	printf("%zu %zu\n", sizeof(1L + 1LL), sizeof(ui + sl));
	printf("%llu\n", sll + ul);
	printf("%d %d\n", b + b, b << 3);
	printf("%d\n", (unsigned short)1 - 2 < 0);
	printf("%d\n", 1u - 2 < 0);
	return 0;
}
