/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.1: mm/internal.h, the mm-private declarations 6.1's
 * migrate_device.c uses, written for mmstep. The loader resolves the file's "internal.h" here,
 * never to the tree's. isolate_lru_page (0 on success, -EBUSY) and putback_lru_page are
 * natives, declared by linux/mm.h; migrate_device_coherent_page is the file's own.
 */
#ifndef _MMSTEP_COMPAT_MM_INTERNAL_H
#define _MMSTEP_COMPAT_MM_INTERNAL_H

#include <linux/mm.h>

int migrate_device_coherent_page(struct page *page);

#endif /* _MMSTEP_COMPAT_MM_INTERNAL_H */
