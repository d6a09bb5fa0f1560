/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.18: mm/internal.h, the mm-private declarations the version's
 * migrate_device.c uses, written for mmstep. The loader resolves the file's "internal.h" here,
 * never to the tree's. folio_isolate_lru (true on success) and folio_putback_lru are natives,
 * declared by linux/mm.h; migrate_device_coherent_folio is the file's own.
 */
#ifndef _MMSTEP_COMPAT_MM_INTERNAL_H
#define _MMSTEP_COMPAT_MM_INTERNAL_H

#include <linux/mm.h>

int migrate_device_coherent_folio(struct folio *folio);

#endif /* _MMSTEP_COMPAT_MM_INTERNAL_H */
