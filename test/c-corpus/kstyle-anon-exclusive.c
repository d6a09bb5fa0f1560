/* Tracking flag bits on fake pages across fork-like sharing. */
#include <stdio.h>

#define PG_anon_exclusive	0
#define PG_dirty		1
#define PG_locked		2

struct fpage {
	unsigned long flags;
	int mapcount;
};

static int test_and_clear(struct fpage *p, int bit)
{
	int old = (p->flags >> bit) & 1;

	p->flags &= ~(1UL << bit);
	return old;
}

static void share(struct fpage *p)
{
	p->mapcount++;
	test_and_clear(p, PG_anon_exclusive);
}

int main(void)
{
	struct fpage pages[4];
	int i;

	for (i = 0; i < 4; i++) {
		pages[i].flags = 1UL << PG_anon_exclusive | (i % 2 ? 1UL << PG_dirty : 0);
		pages[i].mapcount = 1;
	}
	share(&pages[1]);
	share(&pages[3]);
	share(&pages[3]);
	for (i = 0; i < 4; i++)
		printf("%d: flags %lx map %d excl %d\n", i, pages[i].flags, pages[i].mapcount,
		       (int)(pages[i].flags & 1));
	printf("%d\n", test_and_clear(&pages[0], PG_anon_exclusive) + test_and_clear(&pages[0], PG_anon_exclusive));
	return 0;
}
