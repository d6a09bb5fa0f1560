/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: page and page-table geometry of x86-64 with 4-level paging and 4 KiB pages
 * (asm/page_types.h, asm/pgtable_64_types.h), written for mmstep. mmstep's built-in prelude
 * defines the same names with the same values, so each is defined only where it is not yet.
 */
#ifndef _MMSTEP_COMPAT_ASM_PAGE_H
#define _MMSTEP_COMPAT_ASM_PAGE_H

#ifndef PAGE_SHIFT
#define PAGE_SHIFT	12
#endif
#ifndef PAGE_SIZE
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#endif
#ifndef PAGE_MASK
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#endif
#ifndef PMD_SHIFT
#define PMD_SHIFT	21
#endif
#ifndef PMD_SIZE
#define PMD_SIZE	(1UL << PMD_SHIFT)
#endif
#ifndef PMD_MASK
#define PMD_MASK	(~(PMD_SIZE - 1))
#endif
#ifndef PTRS_PER_PTE
#define PTRS_PER_PTE	512
#endif
#ifndef PUD_SHIFT
#define PUD_SHIFT	30
#endif

#endif /* _MMSTEP_COMPAT_ASM_PAGE_H */
