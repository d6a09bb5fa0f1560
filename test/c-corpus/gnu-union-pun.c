/* Type punning through unions of integers, as x86-64 lays them out: every member starts at
 * byte 0 and reads the bytes the last write left there, little-endian — a u64 read back as its
 * u32 halves, u16 quarters and bytes (by constant and by variable index, and through a
 * pointer into the union), a byte written into the middle changing the u64, a struct of two
 * u32 over a u64, nested unions, union assignment and unions passed by value. */
#include <stdio.h>
#include <stdint.h>

union word {
	uint64_t q;
	uint32_t d[2];
	uint16_t w[4];
	uint8_t b[8];
	struct {
		uint32_t lo;
		uint32_t hi;
	} half;
};

union small {
	uint32_t v;
	struct {
		uint16_t low;
		uint8_t third;
		int8_t top;
	};
};

struct tagged {
	int kind;
	union word val;
	uint8_t tail;
};

static uint32_t high_half(union word w)
{
	return w.d[1];
}

static union word swap_halves(union word w)
{
	union word out;

	out.half.lo = w.half.hi;
	out.half.hi = w.half.lo;
	return out;
}

static unsigned int byte_sum(const uint8_t *p, int n)
{
	unsigned int s = 0;
	int i;

	for (i = 0; i < n; i++)
		s += p[i];
	return s;
}

int main(void)
{
	union word w;
	union word c;
	union small s;
	struct tagged t;
	uint8_t *bp;
	int i;

	w.q = 0x1122334455667788ULL;
	printf("q=%016llx d=%08x %08x\n", (unsigned long long)w.q, w.d[0], w.d[1]);
	printf("w=%04x %04x %04x %04x\n", w.w[0], w.w[1], w.w[2], w.w[3]);
	for (i = 0; i < 8; i++)
		printf("%02x%c", w.b[i], i == 7 ? '\n' : ' ');
	printf("half lo=%08x hi=%08x\n", w.half.lo, w.half.hi);
	w.b[3] = 0xee;
	printf("after byte: q=%016llx\n", (unsigned long long)w.q);
	w.d[1] = 0xcafef00d;
	printf("after d[1]: q=%016llx\n", (unsigned long long)w.q);
	w.half.lo = 1;
	printf("after lo: q=%016llx b0=%u\n", (unsigned long long)w.q, w.b[0]);

	bp = &w.b[0];
	for (i = 0; i < 8; i++)
		bp[i] = (uint8_t)(0x10 * i + i);
	printf("through pointer: q=%016llx sum=%u\n", (unsigned long long)w.q, byte_sum(w.b, 8));
	printf("by value: %08x\n", high_half(w));
	c = swap_halves(w);
	printf("swapped: %016llx\n", (unsigned long long)c.q);
	c = w;
	c.w[2] = 0;
	printf("copy: %016llx orig %016llx\n", (unsigned long long)c.q, (unsigned long long)w.q);

	s.v = 0x80ff1234;
	printf("small low=%04x third=%02x top=%d\n", s.low, s.third, s.top);
	s.top = -1;
	s.low = 0xbeef;
	printf("small v=%08x\n", s.v);

	t.kind = 2;
	t.val.q = 0;
	t.val.b[7] = 0x80;
	t.tail = 9;
	printf("tagged %d %016llx %u size=%zu\n", t.kind, (unsigned long long)t.val.q, t.tail, sizeof(t));
	printf("sizes %zu %zu\n", sizeof(union word), sizeof(union small));
	return 0;
}
