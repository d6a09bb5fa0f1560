/* The kernel's allocators as a driver uses them: kmalloc of a struct filled field by field,
 * kzalloc and kcalloc returning zeroed memory (pointers NULL, counters 0), kmalloc_array of
 * unsigned longs, kmalloc_array and kcalloc refusing a size that overflows (NULL), krealloc
 * growing an array and keeping its contents, kvmalloc/kvzalloc with kvfree, a linked list of
 * kmalloc'd nodes freed in a loop, kfree(NULL) and kvfree(NULL) doing nothing. */
#include "kshim.h"
#include <stdio.h>

struct node {
	unsigned long pfn;
	struct node *next;
	int refs;
};

struct pool {
	struct node *head;
	unsigned int count;
	unsigned long stats[4];
};

static struct node *push(struct pool *p, unsigned long pfn)
{
	struct node *n = kmalloc(sizeof(*n), GFP_KERNEL);

	if (!n)
		return NULL;
	n->pfn = pfn;
	n->refs = 1;
	n->next = p->head;
	p->head = n;
	p->count++;
	return n;
}

static unsigned int drain(struct pool *p)
{
	unsigned int freed = 0;

	while (p->head) {
		struct node *n = p->head;

		p->head = n->next;
		kfree(n);
		freed++;
	}
	p->count = 0;
	return freed;
}

int main(void)
{
	struct pool *pool = kzalloc(sizeof(*pool), GFP_KERNEL);
	struct node *nodes;
	unsigned long *pfns;
	unsigned long *big;
	int *grow;
	unsigned int i, sum = 0;
	size_t huge = (size_t)1 << 62;
	struct node *n;

	printf("kzalloc head=%d count=%u stats=%lu %lu\n", pool->head == NULL, pool->count, pool->stats[0], pool->stats[3]);
	for (i = 0; i < 5; i++)
		push(pool, 0x100 + i);
	for (n = pool->head; n; n = n->next)
		sum += (unsigned int)n->pfn;
	printf("list count=%u sum=%x first=%lx\n", pool->count, sum, pool->head->pfn);
	printf("drained %u\n", drain(pool));

	nodes = kcalloc(3, sizeof(*nodes), GFP_KERNEL);
	printf("kcalloc %lu %d %d\n", nodes[2].pfn, nodes[1].next == NULL, nodes[0].refs);
	nodes[1].pfn = 7;
	kfree(nodes);

	pfns = kmalloc_array(8, sizeof(*pfns), GFP_KERNEL);
	for (i = 0; i < 8; i++)
		pfns[i] = 1UL << (i * 4);
	printf("kmalloc_array %lx %lx\n", pfns[1], pfns[7]);
	kfree(pfns);

	printf("overflow %d %d\n", kmalloc_array(huge, 8, GFP_KERNEL) == NULL, kcalloc(8, huge, GFP_KERNEL) == NULL);

	grow = kmalloc(4 * sizeof(*grow), GFP_KERNEL);
	for (i = 0; i < 4; i++)
		grow[i] = (int)(i * 10);
	grow = krealloc(grow, 8 * sizeof(*grow), GFP_KERNEL);
	for (i = 4; i < 8; i++)
		grow[i] = -(int)i;
	printf("krealloc");
	for (i = 0; i < 8; i++)
		printf(" %d", grow[i]);
	printf("\n");
	kfree(grow);

	big = kvmalloc(512 * sizeof(*big), GFP_KERNEL);
	big[511] = 0xdead;
	printf("kvmalloc %lx\n", big[511]);
	kvfree(big);
	big = kvzalloc(64 * sizeof(*big), GFP_KERNEL);
	printf("kvzalloc %lu\n", big[63]);
	kvfree(big);

	kfree(NULL);
	kvfree(NULL);
	kfree(pool);
	printf("done\n");
	return 0;
}
