/* Flexible array members and GNU zero-length arrays, allocated with room for n elements the
 * kernel's way (`kmalloc(sizeof(*s) + n * sizeof(s->a[0]))`): sizeof and offsetof of the
 * head, filling and summing the tail through the struct pointer and through a pointer to
 * its first element, a tail of structs, a head whose padding the array starts inside, and
 * kzalloc leaving the tail zeroed. */
#include "kshim.h"
#include <stdio.h>

struct pfn_batch {
	unsigned int nr;
	unsigned long pfns[];
};

struct old_style {
	int len;
	char data[0];
};

struct entry {
	unsigned long addr;
	unsigned int flags;
};

struct entry_table {
	unsigned long base;
	int count;
	struct entry e[];
};

struct padded {
	long head;
	char tag;
	int vals[];
};

int main(void)
{
	struct pfn_batch *b;
	struct old_style *o;
	struct entry_table *t;
	struct padded *p;
	unsigned long sum = 0;
	unsigned long *first;
	unsigned int i;
	int n = 6;

	printf("sizeof %zu %zu %zu %zu\n", sizeof(struct pfn_batch), sizeof(struct old_style), sizeof(struct entry_table), sizeof(struct padded));
	printf("offsetof %zu %zu %zu %zu\n", offsetof(struct pfn_batch, pfns), offsetof(struct old_style, data),
	       offsetof(struct entry_table, e), offsetof(struct padded, vals));

	b = kmalloc(sizeof(*b) + n * sizeof(b->pfns[0]), GFP_KERNEL);
	b->nr = n;
	for (i = 0; i < b->nr; i++)
		b->pfns[i] = 0x1000 + i;
	first = b->pfns;
	for (i = 0; i < b->nr; i++)
		sum += first[i];
	printf("batch nr=%u last=%lx sum=%lx\n", b->nr, b->pfns[n - 1], sum);
	kfree(b);

	o = kmalloc(sizeof(*o) + 8, GFP_KERNEL);
	o->len = 5;
	for (i = 0; i < 5; i++)
		o->data[i] = (char)('a' + i);
	o->data[5] = '\0';
	printf("old style %d '%s'\n", o->len, o->data);
	kfree(o);

	t = kzalloc(sizeof(*t) + 3 * sizeof(struct entry), GFP_KERNEL);
	t->base = 0x7f0000;
	t->count = 3;
	t->e[1].addr = t->base + 0x1000;
	t->e[1].flags = 5;
	printf("table %d %lx %u %lx %u\n", t->count, t->e[1].addr, t->e[1].flags, t->e[2].addr, t->e[0].flags);
	kfree(t);

	p = kmalloc(sizeof(*p) + 4 * sizeof(int), GFP_KERNEL);
	p->head = -1;
	p->tag = 'p';
	for (i = 0; i < 4; i++)
		p->vals[i] = (int)(i * i);
	printf("padded %ld %c %d %d\n", p->head, p->tag, p->vals[0], p->vals[3]);
	kfree(p);
	return 0;
}
