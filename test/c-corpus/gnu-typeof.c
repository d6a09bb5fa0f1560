/* typeof and __auto_type as kernel macros use them: typeof of a variable, of an expression
 * (its promoted type), of a dereference and of a member, in declarations, casts and sizeof,
 * and the min/max/swap/clamp shapes that keep the type of their first operand. */
#include <stdio.h>

#define my_min(x, y) ({ typeof(x) __x = (x); typeof(y) __y = (y); __x < __y ? __x : __y; })
#define my_max(x, y) ({ __auto_type __x = (x); __auto_type __y = (y); __x > __y ? __x : __y; })
#define my_swap(a, b) do { typeof(a) __tmp = (a); (a) = (b); (b) = __tmp; } while (0)
#define my_clamp(v, lo, hi) my_min((typeof(v))my_max(v, lo), hi)

struct folio_info {
	unsigned long flags;
	unsigned short order;
	signed char node;
};

static unsigned int widen(unsigned char c)
{
	typeof(c + 0) w = c;	/* int: c + 0 is promoted */

	w -= 300;
	return (unsigned int)(w < 0 ? -w : w);
}

int main(void)
{
	unsigned char small = 250;
	typeof(small) s2 = small + 10;		/* unsigned char: wraps to 4 */
	typeof(small + 10) s3 = small + 10;	/* int: 260 */
	long big = -5;
	typeof(big) b2 = big * 3;
	__auto_type a = 7u;			/* unsigned int */
	__auto_type l = 1UL << 40;		/* unsigned long */
	struct folio_info fi = { .flags = 0x30, .order = 9, .node = -1 };
	struct folio_info *fp = &fi;
	typeof(*fp) copy = *fp;
	typeof(fp->order) ord = fp->order + 1;
	typeof(fi.node) node = fi.node;
	typeof(int *) ip = 0;
	typeof(unsigned long) ul = ~0UL;
	int x = 3, y = 9;
	unsigned long p = 10, q = 20;

	printf("s2=%u s3=%d sizes=%zu %zu\n", s2, s3, sizeof(s2), sizeof(s3));
	printf("b2=%ld size=%zu\n", b2, sizeof(b2));
	a -= 8;
	printf("a=%u size=%zu l=%lu size=%zu\n", a, sizeof(a), l, sizeof(l));
	printf("copy=%lx %u %d ord=%u size=%zu node=%d\n", copy.flags, copy.order, copy.node, ord, sizeof(ord), node);
	printf("ip=%d ul=%lx size=%zu\n", ip == 0, ul, sizeof(ul));
	printf("sizeof(typeof(fi))=%zu sizeof(typeof(fi.node))=%zu\n", sizeof(typeof(fi)), sizeof(typeof(fi.node)));
	printf("min=%d max=%d\n", my_min(x, y), my_max(x, y));
	printf("min(ul)=%lu max(ul)=%lu\n", my_min(p, q), my_max(p, q));
	printf("min(neg)=%ld\n", my_min(big, (long)x));
	my_swap(x, y);
	my_swap(p, q);
	printf("swapped x=%d y=%d p=%lu q=%lu\n", x, y, p, q);
	printf("clamp=%d %d %d\n", my_clamp(-4, 0, 10), my_clamp(5, 0, 10), my_clamp(42, 0, 10));
	printf("cast=%u\n", (typeof(small))(small + 7));
	printf("widen=%u\n", widen(small));
	printf("typeof(ord) holds %u\n", (unsigned)(typeof(ord))70000);
	return 0;
}
