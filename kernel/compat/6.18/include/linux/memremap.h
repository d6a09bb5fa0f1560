/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.18: linux/memremap.h, written for mmstep. ZONE_DEVICE types and
 * natives are common's. Since 6.14 a page's pagemap is read through page_pgmap() (6.12's file
 * read page->pgmap); 6.18 declares it taking a const page. The model's native of that name
 * serves both forms, so kernel/include's non-const prototype is renamed out of the way while
 * it is read and the version's form is declared after.
 */
#ifndef _MMSTEP_COMPAT_618_LINUX_MEMREMAP_H
#define _MMSTEP_COMPAT_618_LINUX_MEMREMAP_H

#define page_pgmap	__mmstep_page_pgmap_nonconst
#include "../../../common/include/linux/memremap.h"
#undef page_pgmap

struct dev_pagemap *page_pgmap(const struct page *page);

#endif /* _MMSTEP_COMPAT_618_LINUX_MEMREMAP_H */
