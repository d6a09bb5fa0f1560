/* container_of with offsetof, as the kernel writes it (simplified). */
#include <stdio.h>
#include <stddef.h>

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))

struct list { struct list *next; };

struct folio_like {
	unsigned long flags;
	int nr;
	struct list lru;
	int refcount;
};

int main(void)
{
	struct folio_like f = { 0x40, 2, { NULL }, 3 };
	struct list *l = &f.lru;
	struct folio_like *back = container_of(l, struct folio_like, lru);

	printf("%d %d %lx\n", back == &f, back->refcount, back->flags);
	printf("%zu %zu\n", offsetof(struct folio_like, nr), offsetof(struct folio_like, lru));
	return 0;
}
