/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: ZONE_DEVICE memory under the names of the 2016 HMM series (v13), which
 * kernel/mm/hmm_migrate_v13*.c uses. Written for mmstep from the review threads of that series;
 * not the original headers.
 *
 * In 2016 a device-private (un-addressable) page was mapped by a "device entry": the same swap
 * entry as today's device-private entry, under other names (renamed in 4.14). The four entry
 * calls are natives (src/mm/natives/legacy.ts).
 *
 * The series also gave struct dev_pagemap a flags word (linux/memory_hotplug.h there):
 * MEMORY_DEVICE, MEMORY_MOVABLE (may be migrated: not storage memory used by DAX) and
 * MEMORY_UNADDRESSABLE (the CPU cannot access it). The model's dev_pagemap has no such word.
 * Every pgmap the model creates is HMM device memory, which the series registered as
 * MEMORY_DEVICE | MEMORY_MOVABLE (| MEMORY_UNADDRESSABLE when device-private), so
 * hmm_page_pgmap_flags() computes that; DAX / pmem pages, the ones MEMORY_MOVABLE keeps out of
 * a migration, are not modelled, so a test on MEMORY_MOVABLE never fails here.
 */
#ifndef _MMSTEP_LINUX_ZONE_DEVICE_LEGACY_H
#define _MMSTEP_LINUX_ZONE_DEVICE_LEGACY_H

#include <linux/mm.h>

swp_entry_t make_device_entry(struct page *page, bool write);
int is_device_entry(swp_entry_t entry);
int is_write_device_entry(swp_entry_t entry);
struct page *device_entry_to_page(swp_entry_t entry);

#define MEMORY_FLAGS_NONE	0
#define MEMORY_DEVICE		(1 << 0)
#define MEMORY_MOVABLE		(1 << 1)
#define MEMORY_UNADDRESSABLE	(1 << 2)

/* page->pgmap->flags of a ZONE_DEVICE page, as the series set it (see above). */
#define hmm_page_pgmap_flags(page)						\
	(MEMORY_DEVICE | MEMORY_MOVABLE |					\
	 (is_device_private_page(page) ? MEMORY_UNADDRESSABLE : 0))

/* 2016: can the CPU access this page? Only un-addressable device memory cannot. */
#define is_addressable_page(page)						\
	(!is_zone_device_page(page) ||						\
	 !(hmm_page_pgmap_flags(page) & MEMORY_UNADDRESSABLE))

#endif /* _MMSTEP_LINUX_ZONE_DEVICE_LEGACY_H */
