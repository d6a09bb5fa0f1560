/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: physical address ranges for device memory and memremap_pages() on a
 * driver's own struct dev_pagemap (lib/test_hmm.c's chunks). Written for mmstep.
 *
 * Why: kernel/'s driver asks the model for a pool with memremap_device_pages(); a kernel
 * tree's driver first reserves a free physical range (request_free_mem_region), writes it into
 * the dev_pagemap it allocated (range, type, ops, owner) and then calls memremap_pages(). These
 * natives give the range out of the model's device pfn space and build the ZONE_DEVICE pages
 * of the model from that C struct, which they read by position: see struct dev_pagemap in
 * kernel/compat/common/include/linux/memremap_pages.h. A page's ->pgmap is then the driver's
 * own struct, as in Linux (container_of from it finds the driver's chunk).
 */
#ifndef _MMSTEP_LINUX_DEVMEM_REGION_H
#define _MMSTEP_LINUX_DEVMEM_REGION_H

struct resource;
struct dev_pagemap;

/* A free range of `size` bytes (a multiple of PAGE_SIZE): its start, or 0 if none is left.
 * `res` is the caller's struct resource, handed back by mem_region_release. */
unsigned long mem_region_request_free(unsigned long size, const char *name, struct resource *res);
/* Give back a range; returns the struct resource recorded for it (NULL if none). */
struct resource *mem_region_release(unsigned long start, unsigned long size);

/* memremap_pages: non-NULL on success (not a mapping C may dereference); memunmap_pages. */
void *memremap_pages(struct dev_pagemap *pgmap, int nid);
void memunmap_pages(struct dev_pagemap *pgmap);

#endif /* _MMSTEP_LINUX_DEVMEM_REGION_H */
