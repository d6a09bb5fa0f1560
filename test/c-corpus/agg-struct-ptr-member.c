/* Struct with pointer members pointing into other structs. */
#include <stdio.h>

struct page { int refcount; int mapcount; };
struct pair { struct page *src, *dst; };

static void move_ref(struct pair *p)
{
	p->src->refcount--;
	p->dst->refcount++;
	p->dst->mapcount = p->src->mapcount;
	p->src->mapcount = 0;
}

int main(void)
{
	struct page a = { 3, 1 }, b = { 1, 0 };
	struct pair pr = { &a, &b };

	move_ref(&pr);
	printf("%d %d %d %d\n", a.refcount, a.mapcount, b.refcount, b.mapcount);
	return 0;
}
