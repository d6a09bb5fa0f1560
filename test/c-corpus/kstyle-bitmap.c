/* A bitmap of unsigned longs with set/test/clear/find-next. */
#include <stdio.h>

#define BITS_PER_LONG	64
#define BITMAP_LONGS(n)	(((n) + BITS_PER_LONG - 1) / BITS_PER_LONG)
#define NBITS		150

static unsigned long map[BITMAP_LONGS(NBITS)];

static void set_bit(unsigned int nr, unsigned long *addr)
{
	addr[nr / BITS_PER_LONG] |= 1UL << (nr % BITS_PER_LONG);
}

static void clear_bit(unsigned int nr, unsigned long *addr)
{
	addr[nr / BITS_PER_LONG] &= ~(1UL << (nr % BITS_PER_LONG));
}

static int test_bit(unsigned int nr, const unsigned long *addr)
{
	return (addr[nr / BITS_PER_LONG] >> (nr % BITS_PER_LONG)) & 1;
}

static unsigned int find_next_bit(const unsigned long *addr, unsigned int size, unsigned int off)
{
	for (; off < size; off++)
		if (test_bit(off, addr))
			return off;
	return size;
}

int main(void)
{
	unsigned int b;

	set_bit(0, map);
	set_bit(63, map);
	set_bit(64, map);
	set_bit(127, map);
	set_bit(149, map);
	clear_bit(64, map);
	for (b = find_next_bit(map, NBITS, 0); b < NBITS; b = find_next_bit(map, NBITS, b + 1))
		printf("%u ", b);
	printf("\n%lx %lx %lx\n", map[0], map[1], map[2]);
	printf("%zu\n", sizeof(map));
	return 0;
}
