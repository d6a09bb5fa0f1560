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

static inline int make_device_exclusive_range(struct mm_struct *mm, unsigned long start,
					      unsigned long end, struct page **pages,
					      void *owner)
{
	long npages = (end - start) >> PAGE_SHIFT;
	long i;

	for (i = 0; i < npages; i++) {
		struct folio *folio;

		pages[i] = make_device_exclusive(mm, start + (i << PAGE_SHIFT), owner, &folio);
	}
	return npages;
}

#endif /* _MMSTEP_COMPAT_LINUX_RMAP_EXCLUSIVE_H */
