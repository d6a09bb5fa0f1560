/* Declarations, macros and inline helpers from a local header, included twice (guarded). */
#include <stdio.h>
#include "corpus-util.h"
#include "corpus-util.h"

int cu_counter = 5;

int main(void)
{
	struct cu_range r = { 0x10000, 0x10000 + 7 * CU_PAGE_SIZE };
	unsigned long a;

	for (a = r.start - CU_PAGE_SIZE; a <= r.end; a += CU_PAGE_SIZE)
		cu_counter += cu_range_contains(&r, a);
	printf("%lu %d %lu\n", cu_range_pages(&r), cu_counter, CU_NR(0UL, 0x3000UL));
	return 0;
}
