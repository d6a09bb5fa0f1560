/* Pointers to fields of array elements, and arrays inside elements. */
#include <stdio.h>

struct entry {
	unsigned long pfn;
	unsigned int refs[2];
};

int main(void)
{
	struct entry e[3] = { { 100, { 1, 2 } }, { 200, { 3, 4 } }, { 300, { 5, 6 } } };
	unsigned long *pfnp = &e[1].pfn;
	unsigned int *r = &e[2].refs[1];
	unsigned int *r0 = e[0].refs;

	*pfnp += 7;
	*r *= 10;
	r0[1] = 99;
	printf("%lu %u %u\n", e[1].pfn, e[2].refs[1], e[0].refs[1]);
	printf("%ld\n", (long)(r - &e[2].refs[0]));
	return 0;
}
