/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the get_user_pages family of linux/mm.h, written for mmstep, shared by the
 * versions' linux/mm.h, which set what differs before including it: the FOLL_* values
 * (6.1: FOLL_LONGTERM 0x10000, FOLL_PIN 0x40000; 6.12: an enum, FOLL_LONGTERM 1 << 8,
 * FOLL_PIN 1 << 19) and whether get_user_pages / pin_user_pages take a vmas array (6.1: yes,
 * removed in 6.5). The functions are C in kernel/compat/common/mm/gup_pages.c, built with the
 * tree's compat headers: a page not present (or read-only for FOLL_WRITE, or a device-private
 * entry) is faulted in by the fault path, FOLL_LONGTERM migrates a device-coherent page to
 * system memory first (the tree's migrate_device_coherent_page / _folio), as
 * check_and_migrate_movable_pages does. Pins count in the model's page (pins and refcount, no
 * GUP_PIN_COUNTING_BIAS), which folio_maybe_dma_pinned reads.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MM_GUP_H
#define _MMSTEP_COMPAT_LINUX_MM_GUP_H

#include <linux/mm_types.h>

#ifndef FOLL_WRITE
#error "the version's linux/mm.h defines FOLL_* before including linux/mm_gup.h"
#endif

struct vm_area_struct;

#ifdef MMSTEP_GUP_VMAS
long get_user_pages(unsigned long start, unsigned long nr_pages, unsigned int gup_flags,
		    struct page **pages, struct vm_area_struct **vmas);
long pin_user_pages(unsigned long start, unsigned long nr_pages, unsigned int gup_flags,
		    struct page **pages, struct vm_area_struct **vmas);
#else
long get_user_pages(unsigned long start, unsigned long nr_pages, unsigned int gup_flags,
		    struct page **pages);
long pin_user_pages(unsigned long start, unsigned long nr_pages, unsigned int gup_flags,
		    struct page **pages);
#endif
int get_user_pages_fast(unsigned long start, int nr_pages, unsigned int gup_flags,
			struct page **pages);
int pin_user_pages_fast(unsigned long start, int nr_pages, unsigned int gup_flags,
			struct page **pages);
void unpin_user_pages(struct page **pages, unsigned long npages);

/* gup_try_grab, the pin checks, dump_page: natives (src/mm/natives/gup.ts) */
#include "../../../../include/linux/driver_gup.h"
void unpin_user_page(struct page *page);

#define folio_maybe_dma_pinned(folio)		page_maybe_dma_pinned(&(folio)->page)
#define folio_is_longterm_pinnable(folio)	is_longterm_pinnable_page(&(folio)->page)

/* The model delivers no fatal signal: taking the lock is never interrupted. */
void mmap_read_lock(struct mm_struct *mm);
static inline int mmap_read_lock_killable(struct mm_struct *mm)
{
	mmap_read_lock(mm);
	return 0;
}

#endif /* _MMSTEP_COMPAT_LINUX_MM_GUP_H */
