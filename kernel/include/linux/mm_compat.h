/* SPDX-License-Identifier: MIT */
/*
 * Natives of the model that kernel trees' files (Linux 6.1 and 6.12 mm/migrate_device.c, see
 * docs/kernel-api.md) call and mmstep's own kernel/ C does not. Declared here so C can call
 * them; the per-version compatibility headers include this file. Signatures are the kernel's
 * (written for mmstep, not copied): folio predicates of linux/memremap.h and page-flags.h,
 * linux/gfp.h's folio_alloc, mm/util.c's folio_copy, linux/swap.h's LRU insertion with a vma,
 * 6.1's page-based new-anon-page helpers, the folded p4d level and three pmd tests.
 * Natives: src/mm/natives/folio-compat.ts, src/mm/natives/pgtable-compat.ts.
 */
#ifndef _MMSTEP_LINUX_MM_COMPAT_H
#define _MMSTEP_LINUX_MM_COMPAT_H

#include <linux/mm_types.h>

struct folio;

/* x86-64 with 4-level paging: the p4d level is folded into the pgd. */
typedef unsigned long p4d_t;

bool folio_is_device_private(const struct folio *folio);
bool folio_is_device_coherent(const struct folio *folio);
bool folio_test_writeback(const struct folio *folio);
int folio_has_private(const struct folio *folio);
int page_has_private(struct page *page);
void __SetPageUptodate(struct page *page);

struct folio *folio_alloc(gfp_t gfp, unsigned int order);
void folio_copy(struct folio *dst, struct folio *src);
void folio_add_lru_vma(struct folio *folio, struct vm_area_struct *vma);
void lru_cache_add_inactive_or_unevictable(struct page *page, struct vm_area_struct *vma);
void page_add_new_anon_rmap(struct page *page, struct vm_area_struct *vma,
			    unsigned long address);

p4d_t *p4d_offset(pgd_t *pgd, unsigned long address);
int p4d_none(p4d_t p4d);
p4d_t *p4d_alloc(struct mm_struct *mm, pgd_t *pgd, unsigned long address);
int pmd_bad(pmd_t pmd);
int pmd_devmap(pmd_t pmd);
int pmd_trans_unstable(pmd_t *pmd);

#endif /* _MMSTEP_LINUX_MM_COMPAT_H */
