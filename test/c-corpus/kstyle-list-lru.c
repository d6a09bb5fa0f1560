/* An intrusive list_head with container_of, moving entries between lists. */
#include <stdio.h>
#include <stddef.h>

struct list_head {
	struct list_head *next, *prev;
};

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

static void INIT_LIST_HEAD(struct list_head *l)
{
	l->next = l;
	l->prev = l;
}

static void list_add_tail(struct list_head *n, struct list_head *head)
{
	struct list_head *prev = head->prev;

	n->next = head;
	n->prev = prev;
	prev->next = n;
	head->prev = n;
}

static void list_del(struct list_head *e)
{
	e->prev->next = e->next;
	e->next->prev = e->prev;
}

static int list_empty(const struct list_head *h)
{
	return h->next == h;
}

struct fpage {
	int pfn;
	struct list_head lru;
};

static void dump(const char *name, struct list_head *h)
{
	struct list_head *pos;

	printf("%s:", name);
	for (pos = h->next; pos != h; pos = pos->next)
		printf(" %d", container_of(pos, struct fpage, lru)->pfn);
	printf("\n");
}

int main(void)
{
	struct fpage pages[5];
	struct list_head lru, isolated;
	struct list_head *pos, *n;
	int i;

	INIT_LIST_HEAD(&lru);
	INIT_LIST_HEAD(&isolated);
	for (i = 0; i < 5; i++) {
		pages[i].pfn = 100 + i;
		list_add_tail(&pages[i].lru, &lru);
	}
	for (pos = lru.next, n = pos->next; pos != &lru; pos = n, n = pos->next) {
		struct fpage *p = container_of(pos, struct fpage, lru);

		if (p->pfn % 2 == 0) {
			list_del(pos);
			list_add_tail(pos, &isolated);
		}
	}
	dump("lru", &lru);
	dump("isolated", &isolated);
	printf("%d %d\n", list_empty(&lru), list_empty(&isolated));
	return 0;
}
