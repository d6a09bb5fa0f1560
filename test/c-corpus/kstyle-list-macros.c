/* list_head iteration with the kernel's macro definitions, used only if not built in. */
#include <stdio.h>
#include <stddef.h>

struct list_head {
	struct list_head *next, *prev;
};

#ifndef container_of
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#endif
#ifndef list_entry
#define list_entry(ptr, type, member)	container_of(ptr, type, member)
#endif
#ifndef list_first_entry
#define list_first_entry(ptr, type, member)	list_entry((ptr)->next, type, member)
#endif
#ifndef list_for_each_entry
#define list_for_each_entry(pos, head, member)					\
	for (pos = container_of((head)->next, typeof(*pos), member);		\
	     &pos->member != (head);						\
	     pos = container_of(pos->member.next, typeof(*pos), member))
#endif
#ifndef list_for_each_entry_safe
#define list_for_each_entry_safe(pos, n, head, member)				\
	for (pos = container_of((head)->next, typeof(*pos), member),		\
	     n = container_of(pos->member.next, typeof(*pos), member);		\
	     &pos->member != (head);						\
	     pos = n, n = container_of(n->member.next, typeof(*n), member))
#endif

struct folio {
	unsigned long pfn;
	int refcount;
	struct list_head lru;
};

static void init_head(struct list_head *h)
{
	h->next = h;
	h->prev = h;
}

static void add_tail(struct list_head *n, struct list_head *h)
{
	n->prev = h->prev;
	n->next = h;
	h->prev->next = n;
	h->prev = n;
}

static void del(struct list_head *e)
{
	e->prev->next = e->next;
	e->next->prev = e->prev;
}

int main(void)
{
	struct folio folios[6];
	struct list_head from, ret;
	struct folio *folio, *next;
	int i, nr = 0;

	init_head(&from);
	init_head(&ret);
	for (i = 0; i < 6; i++) {
		folios[i].pfn = 0x4000 + i;
		folios[i].refcount = i % 3;
		add_tail(&folios[i].lru, &from);
	}
	list_for_each_entry_safe(folio, next, &from, lru) {
		if (folio->refcount == 0) {
			del(&folio->lru);
			add_tail(&folio->lru, &ret);
		}
	}
	list_for_each_entry(folio, &from, lru)
		nr += folio->refcount;
	printf("%d %lx\n", nr, list_first_entry(&from, struct folio, lru)->pfn);
	list_for_each_entry(folio, &ret, lru)
		printf("%lx ", folio->pfn);
	printf("\n");
	return 0;
}
