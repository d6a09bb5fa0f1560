/* Call-heavy: an intrusive list with container_of, isolate/putback moves between lists. */
#include <stdio.h>
#include <stddef.h>

#define NPAGES	400
#define ROUNDS	400

struct list_head {
	struct list_head *next, *prev;
};

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

struct fpage {
	unsigned long pfn;
	int isolated;
	struct list_head lru;
};

static struct fpage pages[NPAGES];

static void init_list(struct list_head *h)
{
	h->next = h;
	h->prev = h;
}

static void list_add_tail(struct list_head *n, struct list_head *h)
{
	struct list_head *prev = h->prev;

	n->next = h;
	n->prev = prev;
	prev->next = n;
	h->prev = n;
}

static void list_del(struct list_head *e)
{
	e->prev->next = e->next;
	e->next->prev = e->prev;
}

static int want(const struct fpage *p, int round)
{
	return (p->pfn + (unsigned long)round) % 3 == 0;
}

static void move_all(struct list_head *from, struct list_head *to, int round, int isolating)
{
	struct list_head *pos = from->next, *n;

	for (n = pos->next; pos != from; pos = n, n = pos->next) {
		struct fpage *p = container_of(pos, struct fpage, lru);

		if (isolating && !want(p, round))
			continue;
		list_del(pos);
		p->isolated = isolating;
		list_add_tail(pos, to);
	}
}

int main(void)
{
	struct list_head lru, isolated;
	unsigned long moved = 0;
	int i, r;

	init_list(&lru);
	init_list(&isolated);
	for (i = 0; i < NPAGES; i++) {
		pages[i].pfn = 0x1000 + (unsigned long)i * 7;
		list_add_tail(&pages[i].lru, &lru);
	}
	for (r = 0; r < ROUNDS; r++) {
		move_all(&lru, &isolated, r, 1);
		for (i = 0; i < NPAGES; i++)
			moved += pages[i].isolated;
		move_all(&isolated, &lru, r, 0);
	}
	printf("%lu %lx\n", moved, container_of(lru.next, struct fpage, lru)->pfn);
	return 0;
}
