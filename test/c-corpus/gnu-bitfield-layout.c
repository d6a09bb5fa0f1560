/* Bit-field layout as gcc lays it out on x86-64: runs packed into the storage unit of their
 * declared type, a field that would cross its type's alignment boundary starts at the next
 * one, `:0` closes the unit, unnamed bit-fields pad without aligning the struct, mixed with
 * ordinary members; sizeof and offsetof of the members around them, and the value of every
 * field after writes that fill it exactly. */
#include <stdio.h>
#include <stddef.h>

struct flags8 {
	unsigned char a : 3;
	unsigned char b : 5;
};

struct flags_int {
	unsigned int lo : 4;
	unsigned int mid : 20;
	unsigned int hi : 8;
};

struct straddle {
	unsigned int a : 20;
	unsigned int b : 20;	/* does not fit after a: starts at bit 32 */
};

struct mixed {
	char tag;
	unsigned int x : 4;	/* shares the int unit that holds tag */
	unsigned int y : 4;
	short s;
	unsigned long big : 40;
	unsigned long small : 10;
	int tail;
};

struct zero_width {
	unsigned int a : 3;
	unsigned int : 0;
	unsigned int b : 3;
};

struct unnamed_pad {
	char c;
	int : 4;
	char d;
};

struct long_run {
	unsigned long pfn : 52;
	unsigned long flags : 12;
	unsigned int count : 31;
	unsigned int dirty : 1;
};

struct bool_bits {
	_Bool present : 1;
	_Bool write : 1;
	unsigned char level : 3;
};

int main(void)
{
	struct flags8 f8 = { .a = 7, .b = 31 };
	struct flags_int fi = { 0xf, 0xfffff, 0xff };
	struct straddle st = { .a = 0xabcde, .b = 0x12345 };
	struct mixed m = { 'M', 9, 6, -300, 0xffffffffffUL, 1000, -7 };
	struct zero_width z = { 5, 6 };
	struct unnamed_pad up = { 'c', 'd' };
	struct long_run lr = { 0xfffffffffffffUL, 0xabc, 0x7fffffff, 1 };
	struct bool_bits bb = { 1, 0, 5 };

	printf("sizeof flags8=%zu flags_int=%zu straddle=%zu mixed=%zu\n",
	       sizeof(struct flags8), sizeof(struct flags_int), sizeof(struct straddle), sizeof(struct mixed));
	printf("sizeof zero_width=%zu unnamed_pad=%zu long_run=%zu bool_bits=%zu\n",
	       sizeof(struct zero_width), sizeof(struct unnamed_pad), sizeof(struct long_run), sizeof(struct bool_bits));
	printf("offsetof mixed.s=%zu mixed.tail=%zu unnamed_pad.d=%zu\n",
	       offsetof(struct mixed, s), offsetof(struct mixed, tail), offsetof(struct unnamed_pad, d));
	printf("f8 %u %u\n", f8.a, f8.b);
	printf("fi %x %x %x\n", fi.lo, fi.mid, fi.hi);
	printf("st %x %x\n", st.a, st.b);
	printf("m %c %u %u %d %lx %lu %d\n", m.tag, m.x, m.y, m.s, (unsigned long)m.big, (unsigned long)m.small, m.tail);
	printf("z %u %u up %c %c\n", z.a, z.b, up.c, up.d);
	printf("lr %lx %lx %x %u\n", (unsigned long)lr.pfn, (unsigned long)lr.flags, lr.count, lr.dirty);
	printf("bb %d %d %u\n", bb.present, bb.write, bb.level);
	return 0;
}
