/* Designated array initializers as kernel tables write them: `[3] = x` out of order with the
 * rest zero, positional elements continuing after a designator, GNU ranges `[0 ... 7] = y`
 * overridden by a later single designator, enum constants as indexes, nested designators
 * `.a[2].b = ` and `[1].name[0] =`, ranges inside a struct member, at file scope and in a
 * function, and the array length taken from the highest designator. */
#include <stdio.h>

enum lru_list { LRU_INACTIVE_ANON, LRU_ACTIVE_ANON, LRU_INACTIVE_FILE, LRU_ACTIVE_FILE, NR_LRU_LISTS };

static const char *const lru_names[NR_LRU_LISTS] = {
	[LRU_ACTIVE_FILE] = "active_file",
	[LRU_INACTIVE_ANON] = "inactive_anon",
	[LRU_INACTIVE_FILE] = "inactive_file",
	[LRU_ACTIVE_ANON] = "active_anon",
};

static int order_cost[] = { [0 ... 3] = 1, [4 ... 8] = 10, [9] = 100 };

struct slot {
	int b;
	char name[4];
};

struct table {
	int id;
	struct slot a[4];
	unsigned char map[8];
};

static struct table global_table = {
	.id = 7,
	.a[2].b = 22,
	.a[0] = { .b = 1, .name = "x" },
	.map = { [0 ... 7] = 0xff, [3] = 0 },
};

int main(void)
{
	int sparse[10] = { [3] = 30, 31, 32, [8] = 80 };
	int filled[8] = { [0 ... 7] = -1, [5] = 5 };
	struct table t = { .a[1].name[0] = 'q', .a[1].b = 11, .a[3] = { 33 }, .map[6] = 6 };
	int i;

	for (i = 0; i < NR_LRU_LISTS; i++)
		printf("%s ", lru_names[i]);
	printf("\nsizeof order_cost=%zu:", sizeof(order_cost) / sizeof(order_cost[0]));
	for (i = 0; i < 10; i++)
		printf(" %d", order_cost[i]);
	printf("\nsparse:");
	for (i = 0; i < 10; i++)
		printf(" %d", sparse[i]);
	printf("\nfilled:");
	for (i = 0; i < 8; i++)
		printf(" %d", filled[i]);
	printf("\nglobal id=%d", global_table.id);
	for (i = 0; i < 4; i++)
		printf(" [%d]=%d,'%s'", i, global_table.a[i].b, global_table.a[i].name);
	printf("\nmap:");
	for (i = 0; i < 8; i++)
		printf(" %x", global_table.map[i]);
	printf("\nlocal id=%d", t.id);
	for (i = 0; i < 4; i++)
		printf(" [%d]=%d,'%s'", i, t.a[i].b, t.a[i].name);
	printf("\nmap:");
	for (i = 0; i < 8; i++)
		printf(" %x", t.map[i]);
	printf("\n");
	return 0;
}
