/* File-scope const tables and constants. */
#include <stdio.h>

static const int primes[] = { 2, 3, 5, 7, 11, 13 };
static const unsigned long mask = 0xffff0000UL;
const char *const banner = "tables";
static const struct { const char *name; int val; } named[] = {
	{ "one", 1 }, { "two", 2 }, { "three", 3 },
};

int main(void)
{
	unsigned int i;
	int s = 0;

	for (i = 0; i < sizeof(primes) / sizeof(primes[0]); i++)
		s += primes[i];
	printf("%s %d %lx\n", banner, s, mask & 0x12345678UL);
	for (i = 0; i < 3; i++)
		printf("%s=%d ", named[i].name, named[i].val);
	printf("\n");
	return 0;
}
