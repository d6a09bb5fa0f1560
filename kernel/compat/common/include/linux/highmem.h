/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: page contents (linux/highmem.h), written for mmstep. copy_highpage and
 * clear_highpage are the model's natives (kernel/include/linux/migrate_legacy.h,
 * linux/memremap.h); kmap / kunmap (6.1's driver) and memcpy_from_page / memcpy_to_page
 * (6.12's) are declared in kernel/include/linux/driver_misc.h; kmap_local_page / kunmap_local
 * (mm/gup_test.c) are kmap's window too.
 */
#ifndef _MMSTEP_COMPAT_LINUX_HIGHMEM_H
#define _MMSTEP_COMPAT_LINUX_HIGHMEM_H

#include <linux/mm.h>
#include <linux/memremap.h>
#include "../../../../include/linux/driver_misc.h"

void copy_highpage(struct page *to, struct page *from);

/* kmap_local_page is kmap's window; kunmap_local finds the page by the window's address. */
#include "../../../../include/linux/driver_gup.h"
#define kmap_local_page(page)	kmap(page)
#define kunmap_local(addr)	kunmap(kmap_window_page(addr))

#endif /* _MMSTEP_COMPAT_LINUX_HIGHMEM_H */
