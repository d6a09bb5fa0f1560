/* switch on unsigned long with case values beyond 32 bits. */
#include <stdio.h>

static const char *classify(unsigned long v)
{
	switch (v) {
	case 0:
		return "zero";
	case 0x100000000UL:
		return "4G";
	case 0xffffffffffffffffUL:
		return "all-ones";
	case 1UL << 63:
		return "top-bit";
	case 0xffffffffUL:
		return "u32-max";
	default:
		return "other";
	}
}

int main(void)
{
	unsigned long v[] = { 0, 1UL << 32, ~0UL, 0x8000000000000000UL, 4294967295UL, 5 };
	unsigned int i;

	for (i = 0; i < 6; i++)
		printf("%lx %s\n", v[i], classify(v[i]));
	return 0;
}
