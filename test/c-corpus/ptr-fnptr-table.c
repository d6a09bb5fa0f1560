/* An array of function pointers used as a dispatch table. */
#include <stdio.h>

typedef unsigned long (*step_fn)(unsigned long);

static unsigned long dbl(unsigned long x) { return x * 2; }
static unsigned long inc(unsigned long x) { return x + 1; }
static unsigned long sq(unsigned long x) { return x * x; }

int main(void)
{
	step_fn steps[] = { inc, dbl, sq, inc, dbl };
	unsigned long v = 3;
	unsigned int i;

	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		v = steps[i](v);
		printf("%u: %lu\n", i, v);
	}
	return 0;
}
