/* get/put reference counting with a release when the count drops to zero. */
#include <stdio.h>
#include <stdbool.h>

struct fpage {
	int refcount;
	int mapcount;
	bool freed;
};

static void get_page(struct fpage *p)
{
	p->refcount++;
}

static void put_page(struct fpage *p)
{
	if (--p->refcount == 0) {
		p->freed = true;
		printf("freed page %d\n", p->mapcount);
	}
}

int main(void)
{
	struct fpage pages[3] = { { 1, 0, false }, { 1, 1, false }, { 2, 2, false } };
	int i;

	for (i = 0; i < 3; i++)
		get_page(&pages[i]);
	for (i = 0; i < 3; i++) {
		put_page(&pages[i]);
		put_page(&pages[i]);
	}
	for (i = 0; i < 3; i++)
		printf("%d %d\n", pages[i].refcount, pages[i].freed);
	return 0;
}
