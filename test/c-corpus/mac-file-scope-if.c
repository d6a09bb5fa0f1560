/* #if / #else at file scope choosing definitions. */
#include <stdio.h>

#define USE_FAST_PATH 0
#define NR_CPUS 4

#if USE_FAST_PATH
static int path(void) { return 1; }
#else
static int path(void) { return 2; }
#endif

#if NR_CPUS > 1
#define SMP 1
#else
#define SMP 0
#endif

#ifndef NR_CPUS
#error "NR_CPUS must be defined"
#endif

int main(void)
{
	printf("%d %d %d\n", path(), SMP, NR_CPUS);
	return 0;
}
