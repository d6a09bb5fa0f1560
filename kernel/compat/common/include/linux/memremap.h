/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: ZONE_DEVICE memory (linux/memremap.h), written for mmstep.
 *
 * struct dev_pagemap is the driver's own, in its C memory, as in Linux: a kernel tree's driver
 * (lib/test_hmm.c) embeds it in its chunk, fills range, type, ops and owner, calls
 * memremap_pages() on it and finds the chunk again from page->pgmap with container_of. The
 * native memremap_pages (kernel/include/linux/devmem_region.h) reads type, ops, owner and
 * range by position, so those fields keep this order; Linux's altmap, ref and done are not
 * modelled. A pool made by kernel/'s memremap_device_pages() is a model object instead; C
 * reads its fields by name, so page->pgmap->owner works on either.
 *
 * struct dev_pagemap_ops: migrate_to_ram comes first, where kernel/include's struct has it
 * (the model's fault path, kernel/mm/memory*.c, calls it through that layout); Linux's order
 * is page_free, migrate_to_ram, memory_failure — C names the fields, so only layouts differ.
 *
 * kernel/include/linux/memremap.h declares the model's pool natives and the model's own
 * struct dev_pagemap (renamed out of the way here while it is read); enum memory_type and
 * the device natives come from there; folio_is_device_private / _coherent come with
 * linux/mm_types.h (mm_compat.h); is_device_private_page is declared by linux/mm.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MEMREMAP_H
#define _MMSTEP_COMPAT_LINUX_MEMREMAP_H

#include <linux/mm_types.h>
#include <linux/range.h>
#include <linux/topology.h>
#include <linux/ioport.h>

#define dev_pagemap		__mmstep_dev_pagemap_model
#define dev_pagemap_ops		__mmstep_dev_pagemap_ops_model
#include "../../../../include/linux/memremap.h"
#undef dev_pagemap
#undef dev_pagemap_ops

struct vm_fault;

struct dev_pagemap_ops {
	vm_fault_t (*migrate_to_ram)(struct vm_fault *vmf);
	void (*page_free)(struct page *page);
	int (*memory_failure)(struct dev_pagemap *pgmap, unsigned long pfn,
			      unsigned long nr_pages, int mf_flags);
};

#define PGMAP_ALTMAP_VALID	(1 << 0)

struct dev_pagemap {
	enum memory_type type;
	unsigned int flags;
	unsigned long vmemmap_shift;
	const struct dev_pagemap_ops *ops;
	void *owner;
	int nr_range;
	struct range range;
};

#include "../../../../include/linux/devmem_region.h"

#endif /* _MMSTEP_COMPAT_LINUX_MEMREMAP_H */
