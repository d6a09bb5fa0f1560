/* A const table of structs with designated members. */
#include <stdio.h>

struct order_info {
	unsigned int order;
	const char *name;
	unsigned long bytes;
};

static const struct order_info orders[] = {
	{ .order = 0, .name = "base", .bytes = 4096 },
	{ .order = 9, .name = "pmd", .bytes = 4096UL << 9 },
	{ .name = "pud", .order = 18, .bytes = 4096UL << 18 },
};

int main(void)
{
	unsigned int i;

	for (i = 0; i < sizeof(orders) / sizeof(orders[0]); i++)
		printf("%s %u %lu %lu\n", orders[i].name, orders[i].order, orders[i].bytes,
		       orders[i].bytes >> 12);
	return 0;
}
