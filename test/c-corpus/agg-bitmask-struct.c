/* A struct holding flag words, manipulated with masks. */
#include <stdio.h>

struct pflags {
	unsigned long flags;
	unsigned int order;
};

#define PG_locked	0
#define PG_dirty	4
#define PG_lru		5

static void set_flag(struct pflags *p, int bit) { p->flags |= 1UL << bit; }
static void clear_flag(struct pflags *p, int bit) { p->flags &= ~(1UL << bit); }
static int test_flag(const struct pflags *p, int bit) { return (p->flags >> bit) & 1; }

int main(void)
{
	struct pflags p = { 0, 2 };

	set_flag(&p, PG_locked);
	set_flag(&p, PG_lru);
	set_flag(&p, PG_dirty);
	clear_flag(&p, PG_lru);
	printf("%lx %d %d %d\n", p.flags, test_flag(&p, PG_locked), test_flag(&p, PG_lru), test_flag(&p, PG_dirty));
	printf("%lu\n", 1UL << p.order);
	return 0;
}
