/* Call-heavy: a recursive four-level page-table walk with per-level helpers. */
#include <stdio.h>

#define LEVELS		4
#define FANOUT		8
#define ROUNDS		100

static unsigned long leaves[FANOUT * FANOUT * FANOUT * FANOUT];

static unsigned long level_shift(int level)
{
	return (unsigned long)(LEVELS - 1 - level) * 3;
}

static unsigned long index_at(unsigned long va, int level)
{
	return (va >> level_shift(level)) & (FANOUT - 1);
}

static int present(unsigned long v)
{
	return (v & 1) != 0;
}

static unsigned long walk(unsigned long base, int level, unsigned long va_bits)
{
	unsigned long i, sum = 0;

	if (level == LEVELS) {
		unsigned long v = leaves[base];

		return present(v) ? v >> 1 : 0;
	}
	for (i = 0; i < FANOUT; i++) {
		if (index_at(va_bits, level) == i && level == 0)
			continue;
		sum += walk(base * FANOUT + i, level + 1, va_bits);
	}
	return sum;
}

int main(void)
{
	unsigned long i, total = 0;
	int r;

	for (i = 0; i < sizeof(leaves) / sizeof(leaves[0]); i++)
		leaves[i] = i % 3 ? (i << 1) | 1 : 0;
	for (r = 0; r < ROUNDS; r++)
		total += walk(0, 0, (unsigned long)r * 0x249);
	printf("%lu\n", total);
	return 0;
}
