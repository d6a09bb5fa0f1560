/* size_t and ptrdiff_t are 64-bit. */
#include <stdio.h>
#include <stddef.h>

int main(void)
{
	size_t n = 0;
	ptrdiff_t d = -3;

	n--;
	printf("%zu\n", n);
	printf("%zu %zu\n", sizeof(size_t), sizeof(ptrdiff_t));
	printf("%ld\n", (long)d);
	printf("%d\n", d < (ptrdiff_t)n);
	return 0;
}
