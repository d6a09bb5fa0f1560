/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: ZONE_DEVICE memory (include/linux/memremap.h in Linux; written for
 * mmstep). A driver's struct dev_pagemap is a model object; memremap_device_pages() is the
 * model's memremap_pages() plus the driver's free list. When the last reference of a device
 * page is dropped the model returns it to that free list (the pgmap's page_free callback).
 */
#ifndef _MMSTEP_LINUX_MEMREMAP_H
#define _MMSTEP_LINUX_MEMREMAP_H

#include <linux/mm_types.h>

enum memory_type {
	MEMORY_DEVICE_PRIVATE = 1,
	MEMORY_DEVICE_COHERENT,
};

struct vm_fault;

struct dev_pagemap_ops {
	/* called by the fault path on a device-private entry: migrate the page back to RAM */
	vm_fault_t (*migrate_to_ram)(struct vm_fault *vmf);
};

/* Read-only model object. */
struct dev_pagemap {
	int type;
	void *owner;
	const struct dev_pagemap_ops *ops;
	unsigned long first_pfn;	/* the device pages are [first_pfn, first_pfn + nr_pages) */
	unsigned long nr_pages;
};

struct dev_pagemap *memremap_device_pages(int type, const struct dev_pagemap_ops *ops,
					  void *owner, unsigned long npages);
/* Pop a free page from the device's pool; NULL when it is empty. */
struct page *devmem_alloc_page(struct dev_pagemap *pgmap);
unsigned long devmem_free_count(struct dev_pagemap *pgmap);
/* A device page handed out: refcount 1 and locked (kernel-semantics §4.1). */
void zone_device_page_init(struct page *page);
struct dev_pagemap *page_pgmap(struct page *page);
bool is_device_coherent_page(struct page *page);

/* Page contents: a value per page, so lost writes are visible. */
void clear_highpage(struct page *page);
long page_content(struct page *page);
void page_set_content(struct page *page, long value);

#endif /* _MMSTEP_LINUX_MEMREMAP_H */
