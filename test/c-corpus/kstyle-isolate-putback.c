/* isolate pages into a private array, migrate, put back the failures (counts balance). */
#include <stdio.h>
#include <stdbool.h>

#define NR	8

struct fpage {
	int id;
	int refcount;
	bool lru;
	bool isolated;
};

static struct fpage pages[NR];

static bool isolate_lru_page(struct fpage *p)
{
	if (!p->lru || p->refcount == 0)
		return false;
	p->lru = false;
	p->isolated = true;
	p->refcount++;
	return true;
}

static void putback_lru_page(struct fpage *p)
{
	p->isolated = false;
	p->lru = true;
	p->refcount--;
}

int main(void)
{
	struct fpage *isolated[NR];
	int nr_isolated = 0, i, moved = 0;

	for (i = 0; i < NR; i++) {
		pages[i].id = i;
		pages[i].refcount = i == 5 ? 0 : 1;
		pages[i].lru = i != 2;
	}
	for (i = 0; i < NR; i++)
		if (isolate_lru_page(&pages[i]))
			isolated[nr_isolated++] = &pages[i];
	for (i = 0; i < nr_isolated; i++) {
		struct fpage *p = isolated[i];

		if (p->id % 3 == 0) {
			putback_lru_page(p);
			continue;
		}
		p->isolated = false;
		p->refcount--;
		moved++;
	}
	printf("%d %d\n", nr_isolated, moved);
	for (i = 0; i < NR; i++)
		printf("%d:%d%d%d ", pages[i].id, pages[i].refcount, pages[i].lru, pages[i].isolated);
	printf("\n");
	return 0;
}
