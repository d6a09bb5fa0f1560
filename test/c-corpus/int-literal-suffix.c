/* Integer literal suffixes and the types they give. */
#include <stdio.h>

int main(void)
{
	printf("%zu %zu %zu %zu\n", sizeof(1), sizeof(1u), sizeof(1l), sizeof(1ul));
	printf("%zu %zu %zu\n", sizeof(1ll), sizeof(1ULL), sizeof(1LU));
	printf("%zu %zu\n", sizeof(2147483647), sizeof(2147483648));
	printf("%zu %zu %zu\n", sizeof(0x7fffffff), sizeof(0x80000000), sizeof(0x100000000));
	printf("%d\n", -1 < 1u);
	printf("%d\n", -1 < 1ul);
	printf("%d\n", -1 < 1l);
	printf("%lu\n", 18446744073709551615UL);
	return 0;
}
