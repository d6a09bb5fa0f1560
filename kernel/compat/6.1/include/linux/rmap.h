/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.1: linux/rmap.h, written for mmstep.
 *
 * try_to_migrate is mmstep's C (kernel/mm/rmap.c, declared in kernel/include/linux/rmap.h).
 * 6.1 still has the page-based rmap calls; the model's natives have the folio forms 6.12 uses,
 * so the two 6.1 calls are adapters: page_remove_rmap(page, vma, compound) removes one pte
 * mapping (the model has no compound mappings: compound must be false), and
 * page_try_share_anon_rmap(page) is folio_try_share_anon_rmap_pte on the page's folio (0, or
 * -EBUSY while the page may be pinned). page_add_new_anon_rmap is a native (mm_compat.h).
 */
#ifndef _MMSTEP_COMPAT_LINUX_RMAP_H
#define _MMSTEP_COMPAT_LINUX_RMAP_H

#include <linux/mm.h>
#include "../../../../include/linux/rmap.h"
#include <linux/rmap_ttu.h>

/* 6.1: `locked` is a bool (6.12 turned it into RMP_* flags). */
void remove_migration_ptes(struct folio *src, struct folio *dst, bool locked);

static inline void page_remove_rmap(struct page *page, struct vm_area_struct *vma, bool compound)
{
	VM_BUG_ON(compound);
	folio_remove_rmap_pte(page_folio(page), page, vma);
}

static inline int page_try_share_anon_rmap(struct page *page)
{
	return folio_try_share_anon_rmap_pte(page_folio(page), page);
}

/* make_device_exclusive_range (5.14-6.13) */
#include <linux/rmap_exclusive.h>

#endif /* _MMSTEP_COMPAT_LINUX_RMAP_H */
