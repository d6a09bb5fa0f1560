/* Statement expressions the way kernel macros build them: a value computed with locals of its
 * own, used as a function argument, an array index, a return value and a loop bound; nested
 * ones; one that declares a typeof local from its macro argument; one whose value is a
 * pointer; one whose last statement is a call; and one whose body has a loop and a break. */
#include <stdio.h>

#define first_set_bit(word) ({			\
	unsigned long __w = (word);		\
	int __bit = -1, __i;			\
	for (__i = 0; __i < 64; __i++) {	\
		if (__w & (1UL << __i)) {	\
			__bit = __i;		\
			break;			\
		}				\
	}					\
	__bit;					\
})

#define abs_diff(a, b) ({ typeof(a) __a = (a), __b = (b); __a > __b ? __a - __b : __b - __a; })

struct range {
	unsigned long start;
	unsigned long end;
};

static int calls;

static int bump(int by)
{
	calls += by;
	return calls;
}

static struct range *pick(struct range *r, int n, unsigned long addr)
{
	return ({
		struct range *__found = NULL;
		int __k;

		for (__k = 0; __k < n; __k++)
			if (addr >= r[__k].start && addr < r[__k].end)
				__found = &r[__k];
		__found;
	});
}

static int sum_to(int n)
{
	return ({ int __s = 0, __j; for (__j = 1; __j <= n; __j++) __s += __j; __s; });
}

int main(void)
{
	int table[8] = { 10, 11, 12, 13, 14, 15, 16, 17 };
	struct range ranges[3] = { { 0x1000, 0x2000 }, { 0x4000, 0x8000 }, { 0x9000, 0xa000 } };
	struct range *r;
	int i, total = 0;
	unsigned long d;

	printf("bit=%d %d %d\n", first_set_bit(0x50UL), first_set_bit(1UL << 63), first_set_bit(0UL));
	printf("idx=%d\n", table[({ int __t = 3; __t * 2; })]);
	d = abs_diff(3UL, 10UL);
	printf("diff=%lu %d\n", d, abs_diff(-4, 6));
	printf("nested=%d\n", ({ int __o = ({ int __in = 5; __in + 1; }); __o * 7; }));
	for (i = 0; i < ({ int __lim = 4; __lim; }); i++)
		total += i;
	printf("total=%d sum=%d\n", total, sum_to(10));
	r = pick(ranges, 3, 0x4800);
	printf("range=%lx-%lx\n", r ? r->start : 0, r ? r->end : 0);
	r = pick(ranges, 3, 0x3000);
	printf("none=%d\n", r == NULL);
	printf("last-call=%d\n", ({ bump(2); bump(3); }));
	printf("calls=%d\n", calls);
	return ({ int __rc = total - 6; __rc; });
}
