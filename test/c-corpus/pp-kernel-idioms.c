/* Kernel macro idioms, each written here the way the kernel's headers shape them: type-keeping
 * min/max with typeof and statement expressions, min_t/clamp, BUILD_BUG_ON as a negative array
 * size in sizeof, container_of with offsetof, and an intrusive list walked with
 * list_for_each_entry (its head embedded in a struct, so every step is a real object). */
#include <stdio.h>
#include <stddef.h>

#define my_min(a, b) ({			\
	typeof(a) __a = (a);		\
	typeof(b) __b = (b);		\
	__a < __b ? __a : __b; })
#define my_max(a, b) ({			\
	typeof(a) __a = (a);		\
	typeof(b) __b = (b);		\
	__a > __b ? __a : __b; })
#define my_min_t(type, a, b)	my_min((type)(a), (type)(b))
#define my_clamp(v, lo, hi)	my_min(my_max(v, lo), hi)
#define MY_BUILD_BUG_ON(cond)	((void)sizeof(char[1 - 2 * !!(cond)]))
#define my_container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

struct node_link {
	struct node_link *next, *prev;
};

#define my_list_entry(ptr, type, member)	my_container_of(ptr, type, member)
#define my_list_for_each_entry(pos, head, member)				\
	for (pos = my_list_entry((head)->next, typeof(*pos), member);		\
	     &pos->member != (head);						\
	     pos = my_list_entry(pos->member.next, typeof(*pos), member))

struct page_rec {
	unsigned long pfn;
	int refs;
	struct node_link lru;
	unsigned short order;
};

struct pool {
	unsigned long pfn;
	int refs;
	struct node_link lru;	/* the list head, at the same place as in a page_rec */
	unsigned short order;
};

static void link_tail(struct node_link *n, struct node_link *head)
{
	n->prev = head->prev;
	n->next = head;
	head->prev->next = n;
	head->prev = n;
}

int main(void)
{
	struct page_rec recs[4];
	struct pool pool;
	struct page_rec *pos;
	struct node_link *head = &pool.lru;
	unsigned long total = 0;
	int i, n = 0;
	long neg = -3;
	unsigned int big = 4000000000u;
	unsigned char small = 200;

	MY_BUILD_BUG_ON(sizeof(struct page_rec) < sizeof(unsigned long));
	MY_BUILD_BUG_ON(sizeof(struct pool) != sizeof(struct page_rec));
	head->next = head->prev = head;
	for (i = 0; i < 4; i++) {
		recs[i].pfn = 0x1000 + i;
		recs[i].refs = i + 1;
		recs[i].order = i;
		link_tail(&recs[i].lru, head);
	}
	my_list_for_each_entry(pos, head, lru) {
		total += pos->pfn * pos->refs;
		n++;
	}
	printf("walked %d total %lu\n", n, total);
	pos = my_container_of(&recs[2].lru, struct page_rec, lru);
	printf("container %d order %u\n", pos == &recs[2], pos->order);
	printf("min %ld max %ld\n", my_min(neg, 7L), my_max(neg, 7L));
	printf("min_t %u %d\n", my_min_t(unsigned int, big, 5u), my_min_t(int, -1, 2));
	printf("clamp %d %d %d\n", my_clamp(-4, 0, 10), my_clamp(5, 0, 10), my_clamp(42, 0, 10));
	printf("typeof keeps %zu %zu\n", sizeof(my_max(small, small)), sizeof(my_min(small, 1)));
	i = my_max(n++, 2);
	printf("argument once %d %d\n", i, n);
	return 0;
}
