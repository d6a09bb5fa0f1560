/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: linux/mm_inline.h, written for mmstep. In Linux it holds the LRU list
 * inlines; the model keeps the LRU itself, and the LRU calls migrate_device.c makes
 * (folio_add_lru, folio_add_lru_vma, lru_cache_add_inactive_or_unevictable) are natives
 * declared by linux/mm.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MM_INLINE_H
#define _MMSTEP_COMPAT_LINUX_MM_INLINE_H

#include <linux/mm.h>

#endif /* _MMSTEP_COMPAT_LINUX_MM_INLINE_H */
