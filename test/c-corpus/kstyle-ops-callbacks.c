/* A dev_pagemap_ops-like table with optional callbacks checked before use. */
#include <stdio.h>
#include <stddef.h>

struct fpage;

struct pagemap_ops {
	void (*page_free)(struct fpage *page);
	int (*migrate_to_ram)(struct fpage *page, unsigned long addr);
	int (*memory_failure)(struct fpage *page);
};

struct pagemap {
	const struct pagemap_ops *ops;
	int nr_free;
};

struct fpage {
	struct pagemap *pgmap;
	unsigned long pfn;
};

static void dm_page_free(struct fpage *page)
{
	page->pgmap->nr_free++;
}

static int dm_migrate_to_ram(struct fpage *page, unsigned long addr)
{
	printf("fault %lx at %lx\n", page->pfn, addr);
	return 0;
}

static const struct pagemap_ops dm_ops = {
	.page_free = dm_page_free,
	.migrate_to_ram = dm_migrate_to_ram,
};

int main(void)
{
	struct pagemap pgmap = { .ops = &dm_ops };
	struct fpage pages[3] = { { &pgmap, 0x10 }, { &pgmap, 0x11 }, { &pgmap, 0x12 } };
	int i;

	for (i = 0; i < 3; i++) {
		if (pages[i].pgmap->ops->migrate_to_ram)
			pages[i].pgmap->ops->migrate_to_ram(&pages[i], 0x7000UL + i * 0x1000UL);
		if (pages[i].pgmap->ops->page_free)
			pages[i].pgmap->ops->page_free(&pages[i]);
	}
	printf("%d %d\n", pgmap.nr_free, pgmap.ops->memory_failure == NULL);
	return 0;
}
