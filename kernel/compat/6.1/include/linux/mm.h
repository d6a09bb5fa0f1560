/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.1: linux/mm.h (with what 6.1's migrate_device.c takes from
 * linux/huge_mm.h, linux/gfp.h and linux/highmem.h), written for mmstep from the version's
 * signatures (docs/kernel-api.md). The shared natives: linux/mm_natives.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MM_H
#define _MMSTEP_COMPAT_LINUX_MM_H

#include <linux/mm_natives.h>

/* 6.1: one argument (6.6 added the vma). */
pte_t pte_mkwrite(pte_t pte);

/* linux/gfp.h, linux/highmem.h: order-0 allocation and copy (natives shared with the 2016 flow) */
struct page *alloc_page(gfp_t gfp_mask);
void copy_highpage(struct page *to, struct page *from);

/*
 * linux/huge_mm.h. The Kconfig table builds without TRANSPARENT_HUGEPAGE (the model has no
 * huge pages), and these are then what 6.1 makes of them: no page is the huge zero page and
 * there is nothing to split.
 */
#if IS_ENABLED(CONFIG_TRANSPARENT_HUGEPAGE)
bool is_huge_zero_page(struct page *page);
int split_huge_page(struct page *page);
#else
static inline bool is_huge_zero_page(struct page *page)
{
	return false;
}

static inline int split_huge_page(struct page *page)
{
	return 0;
}
#endif

/*
 * The get_user_pages family (linux/mm_gup.h): 6.1's FOLL_* values, and get_user_pages /
 * pin_user_pages with their vmas array (removed in 6.5).
 */
#define FOLL_WRITE	0x01
#define FOLL_GET	0x04
#define FOLL_FORCE	0x10
#define FOLL_LONGTERM	0x10000
#define FOLL_PIN	0x40000
#define MMSTEP_GUP_VMAS	1
/* FOLL_LONGTERM's migration of a device-coherent page (the tree's mm/migrate_device.c) */
int migrate_device_coherent_page(struct page *page);
#define mmstep_migrate_coherent(page)	migrate_device_coherent_page(page)
#include <linux/mm_gup.h>

#endif /* _MMSTEP_COMPAT_LINUX_MM_H */
