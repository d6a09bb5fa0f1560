/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: make_device_exclusive_range() of Linux 5.14-6.13 (mm/rmap.c), written for
 * mmstep over kernel/'s make_device_exclusive (kernel/mm/rmap.c, today's one-page form).
 *
 * Linux faults the range in with get_user_pages_remote(FOLL_WRITE) and then, page by page,
 * locks the page and replaces its pte with a device-exclusive entry; a page it cannot make
 * exclusive is unlocked, put and left NULL in pages[]. The result is the number of pages of
 * the range. make_device_exclusive does the same for one page (faulting it in writable first)
 * and returns it locked and referenced, or NULL; a page GUP could not fault in is NULL here
 * too, where Linux would return the error (the drivers treat both as "not mapped").
 */
#ifndef _MMSTEP_COMPAT_LINUX_RMAP_EXCLUSIVE_H
#define _MMSTEP_COMPAT_LINUX_RMAP_EXCLUSIVE_H

#include <linux/mm.h>
#include "../../../../include/linux/rmap.h"

/* A macro, not an inline: a unit that includes linux/rmap.h without linking kernel/mm/rmap.c
 * (which defines make_device_exclusive) must still link. */
#define make_device_exclusive_range(mm, start, end, pages, owner)			\
	({										\
		long __mdx_n = ((end) - (start)) >> PAGE_SHIFT;				\
		long __mdx_i;								\
		struct folio *__mdx_folio;						\
		for (__mdx_i = 0; __mdx_i < __mdx_n; __mdx_i++)				\
			(pages)[__mdx_i] = make_device_exclusive(mm,			\
				(start) + (__mdx_i << PAGE_SHIFT), owner, &__mdx_folio);	\
		(int)__mdx_n;								\
	})

#endif /* _MMSTEP_COMPAT_LINUX_RMAP_EXCLUSIVE_H */
