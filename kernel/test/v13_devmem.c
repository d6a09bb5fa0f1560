// SPDX-License-Identifier: MIT
/*
 * mmstep: a test device with un-addressable (device-private) memory for the HMM v13 flow —
 * what the v13 series was for: moving a process's pages into memory the CPU cannot access.
 * Its pages come from a pool the driver creates (memremap_device_pages, the model's
 * memremap_pages + free list); a page handed out has refcount 1 and is locked
 * (zone_device_page_init). After migration the process's pte is a device-private entry.
 *
 * hmm_test_migrate_to_device()	the migrating thread: hmm_vma_migrate() to a pool of
 *				pool_pages device pages (fewer than npages: allocation fails).
 *
 * Written for mmstep in kernel style; scenarios load it instead of hmm_test_v13.c.
 */
#include <linux/mm.h>
#include <linux/hmm.h>
#include <linux/memremap.h>
#include <linux/migrate_legacy.h>
#include "../mm/hmm_migrate_v13.h"

#define V13_DEVMEM_MAX_PAGES	64

/* the pgmap owner cookie of this driver's memory */
static int v13_devmem_owner;

struct v13_devmem {
	struct dev_pagemap *pgmap;	/* the device's memory */
	unsigned long migrated;		/* pages the device got, counted in finalize_and_map */
};

/*
 * alloc_and_copy: a device page for every slot still migrating, with the data copied (the
 * device's copy engine); the slot now names the device page. An exhausted pool leaves the
 * slot without HMM_PFN_MIGRATE: that page stays in system memory.
 */
/* mmstep-stage: alloc_and_copy */
static void v13_devmem_alloc_and_copy(struct vm_area_struct *vma, unsigned long start,
				      unsigned long end, hmm_pfn_t *pfns, void *private)
{
	struct v13_devmem *dev = private;
	unsigned long addr, i;

	for (addr = start, i = 0; addr < end; addr += PAGE_SIZE, i++) {
		struct page *spage = hmm_pfn_to_page(pfns[i]);
		struct page *dpage;

		if (!spage || !(pfns[i] & HMM_PFN_MIGRATE))
			continue;

		dpage = devmem_alloc_page(dev->pgmap);
		if (!dpage) {
			pfns[i] &= ~HMM_PFN_MIGRATE;
			continue;
		}
		/* refcount 1, locked: migrate_page() wants both pages locked */
		zone_device_page_init(dpage);
		copy_highpage(dpage, spage);
		pfns[i] = hmm_pfn_from_pfn(page_to_pfn(dpage)) | HMM_PFN_MIGRATE | HMM_PFN_LOCKED |
			  HMM_PFN_DEVICE | HMM_PFN_UNADDRESSABLE | (pfns[i] & HMM_PFN_WRITE);
	}
}

/* finalize_and_map: "just a notification" — count what the device now holds. */
/* mmstep-stage: finalize */
static void v13_devmem_finalize_and_map(struct vm_area_struct *vma, unsigned long start,
					unsigned long end, hmm_pfn_t *pfns, void *private)
{
	struct v13_devmem *dev = private;
	unsigned long addr, i;

	for (addr = start, i = 0; addr < end; addr += PAGE_SIZE, i++) {
		if (hmm_pfn_to_page(pfns[i]) && (pfns[i] & HMM_PFN_MIGRATE))
			dev->migrated++;
	}
}

static const struct hmm_migrate_ops v13_devmem_ops = {
	.alloc_and_copy		= v13_devmem_alloc_and_copy,
	.finalize_and_map	= v13_devmem_finalize_and_map,
};

/*
 * Create a device of pool_pages device-private pages and migrate npages pages from start to
 * it, under mmap_sem for read. Returns the number of pages that moved, or an error.
 */
int hmm_test_migrate_to_device(struct vm_area_struct *vma, unsigned long start,
			       unsigned long npages, unsigned long pool_pages)
{
	hmm_pfn_t pfns[V13_DEVMEM_MAX_PAGES];
	struct v13_devmem dev;
	unsigned long i;
	int ret;

	if (!vma || npages > V13_DEVMEM_MAX_PAGES || !pool_pages)
		return -EINVAL;
	for (i = 0; i < V13_DEVMEM_MAX_PAGES; i++)
		pfns[i] = 0;
	/* no migrate_to_ram: the v13 flow only moves pages to the device */
	dev.pgmap = memremap_device_pages(MEMORY_DEVICE_PRIVATE, NULL, &v13_devmem_owner,
					   pool_pages);
	dev.migrated = 0;

	mmap_read_lock(vma->vm_mm);
	ret = hmm_vma_migrate(&v13_devmem_ops, vma, start, start + (npages << PAGE_SHIFT),
			      pfns, &dev);
	mmap_read_unlock(vma->vm_mm);
	if (ret)
		return ret;
	return dev.migrated;
}
