/* A doubly linked circular list with insert and delete, by hand. */
#include <stdio.h>

struct dlist {
	struct dlist *prev, *next;
	int v;
};

static void dl_init(struct dlist *h)
{
	h->prev = h;
	h->next = h;
}

static void dl_add_tail(struct dlist *n, struct dlist *h)
{
	n->prev = h->prev;
	n->next = h;
	h->prev->next = n;
	h->prev = n;
}

static void dl_del(struct dlist *n)
{
	n->prev->next = n->next;
	n->next->prev = n->prev;
	n->next = n;
	n->prev = n;
}

int main(void)
{
	struct dlist head, items[4];
	struct dlist *p;
	int i;

	dl_init(&head);
	for (i = 0; i < 4; i++) {
		items[i].v = i + 1;
		dl_add_tail(&items[i], &head);
	}
	dl_del(&items[1]);
	for (p = head.next; p != &head; p = p->next)
		printf("%d ", p->v);
	printf("\n");
	for (p = head.prev; p != &head; p = p->prev)
		printf("%d ", p->v);
	printf("\n");
	return 0;
}
