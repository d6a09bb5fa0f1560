/* Working with bit-fields: assignment truncates to the width (unsigned wraps, signed keeps the
 * low bits two's-complement), the value of an assignment is the stored value, compound
 * assignment and ++/-- wrap within the field, neighbours are never disturbed, reads and writes
 * through a pointer to the struct, signed fields sign-extend, narrow fields promote to int
 * (so `f.u3 - 5` is negative), bool fields, copies of the struct, and bit-fields in a union
 * together with an integer of the same size. */
#include <stdio.h>

struct pte_bits {
	unsigned int present : 1;
	unsigned int rw : 1;
	unsigned int user : 1;
	unsigned int pfn : 20;
	int delta : 5;
	unsigned int age : 3;
	_Bool young : 1;
};

union reg {
	unsigned int raw;
	struct {
		unsigned int enable : 1;
		unsigned int mode : 3;
		unsigned int count : 12;
		unsigned int : 4;
		unsigned int id : 12;
	};
};

static void set_pfn(struct pte_bits *p, unsigned int pfn)
{
	p->pfn = pfn;
	p->present = 1;
}

static int age_all(struct pte_bits *v, int n)
{
	int i, wrapped = 0;

	for (i = 0; i < n; i++) {
		v[i].age++;
		if (v[i].age == 0)
			wrapped++;
	}
	return wrapped;
}

int main(void)
{
	struct pte_bits p = { 0 };
	struct pte_bits q;
	struct pte_bits arr[3] = { { .age = 7 }, { .age = 2 }, { .age = 6 } };
	union reg r;
	unsigned int v, three = 3, wide = 0x1fffff;
	int d;

	set_pfn(&p, 0x12345);
	p.rw = three;			/* keeps bit 0: 1 */
	printf("p %u %u %u %x\n", p.present, p.rw, p.user, p.pfn);
	v = (p.pfn = wide);		/* 21 bits into 20: 0xfffff */
	printf("assign value %x pfn %x present %u\n", v, p.pfn, p.present);
	p.pfn += 2;			/* wraps to 1 */
	printf("wrap %x\n", p.pfn);
	p.delta = 15;
	p.delta++;			/* 16 does not fit in a signed 5-bit field: -16 */
	printf("delta %d\n", p.delta);
	p.delta = -3;
	d = p.delta;
	printf("delta %d %d\n", d, p.delta * 2);
	p.age = 6;
	printf("promoted %d %d\n", p.age - 9, p.age > -1);
	p.young = 5;			/* any non-zero value is true */
	printf("young %d\n", p.young);
	p.age--;
	p.age <<= 1;			/* 5 << 1 = 10, keeps 3 bits: 2 */
	printf("age %u\n", p.age);
	q = p;
	q.pfn = 7;
	printf("copy %x %x %d %u\n", p.pfn, q.pfn, q.delta, q.age);
	d = age_all(arr, 3);
	printf("wrapped %d ages %u %u %u\n", d, arr[0].age, arr[1].age, arr[2].age);

	r.raw = 0;
	r.enable = 1;
	r.mode = 5;
	r.count = 0xabc;
	r.id = 0x7ff;
	printf("raw %08x\n", r.raw);
	r.raw = 0xffffffff;
	printf("fields %u %u %x %x\n", r.enable, r.mode, r.count, r.id);
	r.raw = 0x12345678;
	printf("fields %u %u %x %x\n", r.enable, r.mode, r.count, r.id);
	return 0;
}
