/* Taking two page locks in pfn order to avoid ABBA deadlock. */
#include <stdio.h>

struct fpage {
	unsigned long pfn;
	int locked;
};

static int order_log[8];
static int nr_log;

static void lock_page(struct fpage *p)
{
	p->locked = 1;
	order_log[nr_log++] = (int)p->pfn;
}

static void unlock_page(struct fpage *p)
{
	p->locked = 0;
}

static void lock_two(struct fpage *a, struct fpage *b)
{
	if (a->pfn > b->pfn) {
		struct fpage *t = a;

		a = b;
		b = t;
	}
	lock_page(a);
	if (b != a)
		lock_page(b);
}

int main(void)
{
	struct fpage x = { 9, 0 }, y = { 4, 0 };
	int i;

	lock_two(&x, &y);
	unlock_page(&x);
	unlock_page(&y);
	lock_two(&y, &x);
	lock_two(&x, &x);
	for (i = 0; i < nr_log; i++)
		printf("%d ", order_log[i]);
	printf("\n%d %d\n", x.locked, y.locked);
	return 0;
}
