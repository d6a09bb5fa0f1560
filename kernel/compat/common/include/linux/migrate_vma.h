/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the device-migration part of linux/migrate.h that 6.1 and 6.12 share, written
 * for mmstep. struct migrate_vma, the MIGRATE_PFN_* encoding, the MIGRATE_VMA_SELECT_* flags and
 * the exported calls come from kernel/include/linux/migrate.h: the project's driver
 * (kernel/drivers/test_hmm.c) fills the same struct in its own translation unit, so the layout
 * must be one. In Linux migrate_pfn_to_page is a static inline of this header (kernel/'s own
 * flow defines it in kernel/mm/migrate_device.c instead), so kernel/include's extern prototype
 * is renamed out of the way and the inline is defined here.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MIGRATE_VMA_H
#define _MMSTEP_COMPAT_LINUX_MIGRATE_VMA_H

#include <linux/mm_natives.h>

#define migrate_pfn_to_page	__mmstep_migrate_pfn_to_page_extern
#include "../../../../include/linux/migrate.h"
#undef migrate_pfn_to_page

#define MIGRATEPAGE_SUCCESS	0

/* The page a src/dst slot names, or NULL when the slot is not VALID. */
static inline struct page *migrate_pfn_to_page(unsigned long mpfn)
{
	return (mpfn & MIGRATE_PFN_VALID) ? pfn_to_page(mpfn >> MIGRATE_PFN_SHIFT) : NULL;
}

#endif /* _MMSTEP_COMPAT_LINUX_MIGRATE_VMA_H */
