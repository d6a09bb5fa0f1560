/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.18: linux/mm.h (with what the version's migrate_device.c takes from
 * linux/huge_mm.h and linux/pgtable.h), written for mmstep from the version's signatures
 * (docs/kernel-api.md, "mainline"). The shared natives: linux/mm_natives.h. The forms are
 * 6.12's; what 6.13-6.18 changed for the file is elsewhere: pmd_devmap is gone
 * (linux/mm_types.h) and page_pgmap() takes a const page (linux/memremap.h).
 */
#ifndef _MMSTEP_COMPAT_LINUX_MM_H
#define _MMSTEP_COMPAT_LINUX_MM_H

#include <linux/mm_natives.h>
#include <linux/memremap.h>

/* Since 6.6 the vma is passed (shadow-stack pages); the model's native ignores it. */
pte_t pte_mkwrite(pte_t pte, struct vm_area_struct *vma);

/* A reference on page's folio unless it is a tail page or already freed; NULL otherwise. */
struct folio *folio_get_nontail_page(struct page *page);

/* linux/pgtable.h */
#define pmd_folio(pmd)	page_folio(pmd_page(pmd))

/*
 * linux/huge_mm.h. The Kconfig table builds without TRANSPARENT_HUGEPAGE (the model has no
 * huge pages): no folio is the huge zero folio and there is nothing to split, which is what
 * the version's !THP forms say. The file's migrate_vma_split_folio is then never entered.
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

#endif /* _MMSTEP_COMPAT_LINUX_MM_H */
