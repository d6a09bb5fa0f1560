/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: the 2016 (v4.9) unmap / migrate / page-allocation calls that the HMM v13
 * migration helper (kernel/mm/hmm_migrate_v13*.c) makes, with their 2016 signatures. In 4.9
 * these lived in linux/rmap.h (try_to_unmap, TTU_*), linux/migrate.h (migrate_page, and
 * remove_migration_ptes, static to mm/migrate.c where the HMM code lived), linux/gfp.h
 * (alloc_page), linux/highmem.h (copy_highpage) and linux/swap.h (lru_cache_add).
 *
 * Every prototype is a native of the simulator: src/mm/natives/legacy.ts.
 */
#ifndef _MMSTEP_LINUX_MIGRATE_LEGACY_H
#define _MMSTEP_LINUX_MIGRATE_LEGACY_H

#include <linux/mm_types.h>

/* try_to_unmap() modes and flags (4.9 values). Only TTU_MIGRATION is modelled. */
enum ttu_flags {
	TTU_UNMAP = 0,
	TTU_MIGRATION = 1,
	TTU_MUNLOCK = 2,
	TTU_LZFREE = 8,
	TTU_IGNORE_MLOCK = (1 << 8),
	TTU_IGNORE_ACCESS = (1 << 9),
	TTU_IGNORE_HWPOISON = (1 << 10),
	TTU_BATCH_FLUSH = (1 << 11),
};

/* try_to_unmap() results (4.9; removed in 5.x when it started returning bool). */
#define SWAP_SUCCESS	0
#define SWAP_AGAIN	1
#define SWAP_FAIL	2
#define SWAP_MLOCK	3

enum migrate_mode {
	MIGRATE_ASYNC,
	MIGRATE_SYNC_LIGHT,
	MIGRATE_SYNC,
};

#define MIGRATEPAGE_SUCCESS	0

/* gfp masks: the model has one allocator, the mask is only checked to be given. */
#define GFP_KERNEL		0x14000c0U
#define GFP_HIGHUSER_MOVABLE	0x14200caU

/*
 * Replace every mapping of a locked page, in every process (rmap walk), by a migration entry:
 * pte cleared and flushed, mapcount and the pte's reference dropped. SWAP_SUCCESS when the
 * page is no longer mapped afterwards.
 */
int try_to_unmap(struct page *page, enum ttu_flags flags);

/*
 * Turn every migration entry that points at old back into a mapping, of new (old on failure).
 * Each restored pte takes a reference and a mapcount on new, which must be locked.
 */
void remove_migration_ptes(struct page *old, struct page *new, bool locked);

/*
 * Move page's mapping, index and flags to newpage (both locked), after checking that page
 * holds only the caller's reference (-EAGAIN otherwise). v13 added `copy`: false when the
 * driver already copied the contents (hmm_migrate_ops.alloc_and_copy).
 */
int migrate_page(struct address_space *mapping, struct page *newpage, struct page *page,
		 enum migrate_mode mode, bool copy);

/*
 * Used by the drivers of both flows (test driver, dmirror). A fresh system-RAM page: one
 * reference (the caller's), unlocked, on no LRU, no mapping.
 */
struct page *alloc_page(unsigned int gfp_mask);
/* Copy the contents of from into to. */
void copy_highpage(struct page *to, struct page *from);
/* Queue a page for the LRU in this CPU's add batch (which takes a reference until drained). */
void lru_cache_add(struct page *page);

#endif /* _MMSTEP_LINUX_MIGRATE_LEGACY_H */
