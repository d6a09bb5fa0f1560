/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: the pmd calls of kernel trees' transparent-huge-pmd branch (Linux 6.1
 * and 6.12 migrate_vma_collect_pmd), written for mmstep. The model creates no huge pmds, so the
 * branch is never entered; the natives exist so that the file links. kernel/compat includes
 * this. Natives: src/mm/natives/thp-compat.ts.
 */
#ifndef _MMSTEP_LINUX_MM_THP_COMPAT_H
#define _MMSTEP_LINUX_MM_THP_COMPAT_H

#include <linux/mm_types.h>

/* The lock of the pmd table pmd lies in (taken, like spin_lock). */
spinlock_t *pmd_lock(struct mm_struct *mm, pmd_t *pmd);
/* The page a huge pmd maps; the model has no huge pmds, so every call is reported. */
struct page *pmd_page(pmd_t pmd);

#endif /* _MMSTEP_LINUX_MM_THP_COMPAT_H */
