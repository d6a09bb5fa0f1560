/* Spelling variants of the integer types and qualifiers. */
#include <stdio.h>

int main(void)
{
	unsigned u = 7;
	signed s = -7;
	short int si = -3;
	unsigned short int usi = 3;
	long int li = -5;
	long unsigned int lui = 5;
	unsigned long long ull = 1ULL << 40;
	long long ll = -(1LL << 40);
	signed char sc = -1;
	const volatile int cv = 11;

	printf("%zu %zu %zu %zu %zu\n", sizeof(u), sizeof(si), sizeof(li), sizeof(ull), sizeof(sc));
	printf("%u %d %d %u %ld %lu\n", u, s, si, usi, li, lui);
	printf("%llu %lld %d %d\n", ull, ll, sc, cv);
	return 0;
}
