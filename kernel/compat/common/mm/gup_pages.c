// SPDX-License-Identifier: MIT
/*
 * mmstep compat: the get_user_pages family (linux/mm_gup.h) for a kernel tree's drivers,
 * written for mmstep and built with the tree's compat headers (src/sim/selftest-driver.ts
 * gives this file the unit config of the tree's mm/gup_test.c), so FOLL_* and the
 * get_user_pages / pin_user_pages signatures are the version's.
 *
 * Why C: what GUP does to a page that is not there is the fault path, which is C
 * (fault_in_user_page in kernel/mm/memory_fault_ref_only.c: a device-private entry migrates
 * back to system memory through the driver's migrate_to_ram), and FOLL_LONGTERM's migration of
 * a device-coherent page is the tree's own migrate_device_coherent_page / _folio: both stay
 * steppable. Per page, as __get_user_pages and check_and_migrate_movable_pages do in
 * effect: look the page up and take the reference or pin (gup_try_grab, a native); fault it in
 * and look again when it is missing, read-only for FOLL_WRITE, or a device entry; for
 * FOLL_LONGTERM on device-coherent memory migrate it to system memory and look again.
 * get_user_pages / pin_user_pages are called with the mmap lock held (as Linux requires) and
 * fault under it; the _fast variants take it for the fault (Linux's fallback to the slow path).
 * Simplified: the fast variants are the slow ones (no lockless walk; Linux falls back to the
 * slow path for everything fast-GUP refuses), pages are taken one at a time, and a failure
 * after some pages returns the number taken, as Linux does.
 */
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include "../../../include/linux/mm_fault.h"

static long gup_pages(unsigned long start, unsigned long nr_pages, unsigned int gup_flags,
		      struct page **pages, int pin, int locked)
{
	struct mm_struct *mm = current->mm;
	int write = !!(gup_flags & FOLL_WRITE);
	int longterm = !!(gup_flags & FOLL_LONGTERM);
	unsigned long i;

	if (!pages)
		return -EINVAL;
	for (i = 0; i < nr_pages; i++) {
		unsigned long addr = (start & PAGE_MASK) + i * PAGE_SIZE;
		struct page *page = NULL;
		int tries = 0;

		for (;;) {
			int r = gup_try_grab(mm, addr, write, pin, longterm, &page);

			if (r == 0)
				break;
			if (r < 0)
				return i ? (long)i : r;
			if (++tries > 8)
				return i ? (long)i : -EFAULT;
			if (r == 2) {
				/* the reference gup_try_grab took is the one the migration drops */
				if (mmstep_migrate_coherent(page))
					return i ? (long)i : -EBUSY;
				continue;
			}
			if (locked ? fault_in_user_page_locked(mm, addr, write) :
				     fault_in_user_page(mm, addr, write))
				return i ? (long)i : -EFAULT;
		}
		pages[i] = page;
	}
	return nr_pages;
}

#ifdef MMSTEP_GUP_VMAS
long get_user_pages(unsigned long start, unsigned long nr_pages, unsigned int gup_flags,
		    struct page **pages, struct vm_area_struct **vmas)
{
	if (vmas)
		return -EINVAL;	/* not modelled: no driver mmstep runs asks for them */
	return gup_pages(start, nr_pages, gup_flags, pages, 0, 1);
}

long pin_user_pages(unsigned long start, unsigned long nr_pages, unsigned int gup_flags,
		    struct page **pages, struct vm_area_struct **vmas)
{
	if (vmas)
		return -EINVAL;
	return gup_pages(start, nr_pages, gup_flags, pages, 1, 1);
}
#else
long get_user_pages(unsigned long start, unsigned long nr_pages, unsigned int gup_flags,
		    struct page **pages)
{
	return gup_pages(start, nr_pages, gup_flags, pages, 0, 1);
}

long pin_user_pages(unsigned long start, unsigned long nr_pages, unsigned int gup_flags,
		    struct page **pages)
{
	return gup_pages(start, nr_pages, gup_flags, pages, 1, 1);
}
#endif

int get_user_pages_fast(unsigned long start, int nr_pages, unsigned int gup_flags,
			struct page **pages)
{
	if (nr_pages <= 0)
		return 0;
	return gup_pages(start, nr_pages, gup_flags, pages, 0, 0);
}

int pin_user_pages_fast(unsigned long start, int nr_pages, unsigned int gup_flags,
			struct page **pages)
{
	if (nr_pages <= 0)
		return 0;
	return gup_pages(start, nr_pages, gup_flags, pages, 1, 0);
}

void unpin_user_pages(struct page **pages, unsigned long npages)
{
	unsigned long i;

	for (i = 0; i < npages; i++)
		unpin_user_page(pages[i]);
}
