/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the memory-management types (linux/mm_types.h, asm/pgtable_types.h) for kernel
 * trees' files, written for mmstep.
 *
 * Entry types, mm_struct, vm_area_struct and the VM_* flags are mmstep's own, from
 * kernel/include/linux/mm_types.h: the model serves their fields by name (src/mm/memory.ts).
 * Only struct page differs: a tree's migrate_device.c also reads page->mapping (NULL for the
 * pages it calls "special") and page->pgmap, which kernel/'s C does through accessors. So
 * kernel/include's struct page is renamed out of the way while that header is read, and the
 * one declared below is the one C sees. The model answers page fields by name, not by offset.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MM_TYPES_H
#define _MMSTEP_COMPAT_LINUX_MM_TYPES_H

#include <linux/types.h>

#define page __mmstep_page_of_kernel_include
#define __MMSTEP_COMPAT_FOLIO
#include "../../../../include/linux/mm_types.h"
#undef page

struct dev_pagemap;

/* A model object: fields beyond these go through the accessors of linux/mm.h. */
struct page {
	struct address_space *mapping;	/* NULL, or anon / file mapping (compared with NULL) */
	unsigned long index;
	struct dev_pagemap *pgmap;	/* ZONE_DEVICE pages: their device pagemap */
	void *zone_device_data;		/* ZONE_DEVICE pages: the driver's private pointer */
};

/* Order-0 only in the model: a folio is its page (same model object): &folio->page. */
struct folio {
	struct page page;
};

/* x86-64, 4-level paging: the p4d level is folded into the pgd. */
#include "../../../../include/linux/mm_compat.h"

#endif /* _MMSTEP_COMPAT_LINUX_MM_TYPES_H */
