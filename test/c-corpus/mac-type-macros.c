/* Macros that expand to types, or take a type as an argument. */
#include <stdio.h>

#define pfn_t_		unsigned long
#define ZERO_OF(type)	((type)0)
#define DECLARE(type, name, init)	type name = (init)
#define NBITS(type)	(sizeof(type) * 8)

int main(void)
{
	pfn_t_ pfn = 0x1234;
	DECLARE(int, count, 3);

	printf("%lx %d\n", pfn, count);
	printf("%lu %d\n", ZERO_OF(unsigned long) - 1, ZERO_OF(int));
	printf("%zu %zu %zu\n", NBITS(char), NBITS(int), NBITS(pfn_t_));
	return 0;
}
