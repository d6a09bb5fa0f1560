/* A device page pool: free list through an array, allocation failure injection. */
#include <stdio.h>

#define POOL_SIZE	6
#define NONE		(-1)

struct dpage {
	int next_free;
	int in_use;
	unsigned long owner_addr;
};

static struct dpage pool[POOL_SIZE];
static int free_head;
static int fail_every;
static int nr_allocs;

static void pool_init(void)
{
	int i;

	for (i = 0; i < POOL_SIZE; i++)
		pool[i].next_free = i + 1 < POOL_SIZE ? i + 1 : NONE;
	free_head = 0;
}

static int pool_alloc(unsigned long addr)
{
	int idx;

	nr_allocs++;
	if (fail_every && nr_allocs % fail_every == 0)
		return NONE;
	if (free_head == NONE)
		return NONE;
	idx = free_head;
	free_head = pool[idx].next_free;
	pool[idx].in_use = 1;
	pool[idx].owner_addr = addr;
	return idx;
}

static void pool_free(int idx)
{
	pool[idx].in_use = 0;
	pool[idx].next_free = free_head;
	free_head = idx;
}

int main(void)
{
	int got[8], i;

	pool_init();
	fail_every = 3;
	for (i = 0; i < 8; i++) {
		got[i] = pool_alloc(0x1000UL * i);
		printf("%d ", got[i]);
	}
	printf("\n");
	pool_free(got[1]);
	pool_free(got[0]);
	i = pool_alloc(0xa000);
	printf("%d %d\n", i, pool_alloc(0xb000));
	printf("%lx\n", pool[got[4]].owner_addr);
	return 0;
}
