/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.12: linux/mm.h (with what 6.12's migrate_device.c takes from
 * linux/huge_mm.h and linux/pgtable.h), written for mmstep from the version's signatures
 * (docs/kernel-api.md). The shared natives: linux/mm_natives.h; folio_alloc and folio_copy are
 * natives of kernel/include/linux/mm_compat.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MM_H
#define _MMSTEP_COMPAT_LINUX_MM_H

#include <linux/mm_natives.h>

/* Since 6.6 the vma is passed (shadow-stack pages); the model's native ignores it. */
pte_t pte_mkwrite(pte_t pte, struct vm_area_struct *vma);

/* A reference on page's folio unless it is a tail page or already freed; NULL otherwise. */
struct folio *folio_get_nontail_page(struct page *page);

/* linux/pgtable.h */
#define pmd_folio(pmd)	page_folio(pmd_page(pmd))

/*
 * linux/huge_mm.h. The Kconfig table builds without TRANSPARENT_HUGEPAGE (the model has no
 * huge pages), and these are then what 6.12 makes of them: no folio is the huge zero folio
 * and there is nothing to split.
 */
#if IS_ENABLED(CONFIG_TRANSPARENT_HUGEPAGE)
bool is_huge_zero_folio(const struct folio *folio);
int split_folio_to_list(struct folio *folio, struct list_head *list);
#else
static inline bool is_huge_zero_folio(const struct folio *folio)
{
	return false;
}

static inline int split_folio_to_list(struct folio *folio, struct list_head *list)
{
	return 0;
}
#endif
#define split_folio(folio)	split_folio_to_list(folio, NULL)

/*
 * The get_user_pages family (linux/mm_gup.h): 6.12's FOLL_* values (enum in mm_types.h, FOLL_PIN
 * in mm/internal.h), get_user_pages / pin_user_pages without vmas.
 */
#define FOLL_WRITE	(1 << 0)
#define FOLL_GET	(1 << 1)
#define FOLL_FORCE	(1 << 3)
#define FOLL_LONGTERM	(1 << 8)
#define FOLL_PIN	(1 << 19)
/* FOLL_LONGTERM's migration of a device-coherent folio (the tree's mm/migrate_device.c) */
int migrate_device_coherent_folio(struct folio *folio);
#define mmstep_migrate_coherent(page)	migrate_device_coherent_folio(page_folio(page))
#include <linux/mm_gup.h>

#endif /* _MMSTEP_COMPAT_LINUX_MM_H */
