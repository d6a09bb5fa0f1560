/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the part of linux/mm.h that is the same for every supported kernel version,
 * written for mmstep. Each version's linux/mm.h includes this first and adds its own forms.
 *
 * The natives of the model are declared once, in kernel/include/linux/{mm,mm_fault,folio}.h
 * (struct page references and flags, LRU, page-table walk and locks, pte values, fault-path
 * helpers, the folio API) and kernel/include/linux/mm_compat.h (pulled in by linux/mm_types.h).
 * Two prototypes there have another version's form and are renamed out of the way while
 * kernel/include/linux/mm.h is read: page_remove_rmap (the 2016 (page, compound) form; 6.1
 * takes three arguments, see 6.1's linux/rmap.h) and pte_mkwrite (one argument; 6.6 added the
 * vma). kernel/include/linux/folio.h's folio_get_nontail_page returns the folio as a
 * struct page * (the same model object); 6.12 declares it returning a struct folio *.
 * Each version's header declares its own form; the native pte_mkwrite ignores a second
 * argument, so it serves both.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MM_NATIVES_H
#define _MMSTEP_COMPAT_LINUX_MM_NATIVES_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm_types.h>
#include <linux/gfp.h>

#define page_remove_rmap	__mmstep_page_remove_rmap_2016
#define pte_mkwrite		__mmstep_pte_mkwrite_unversioned
#include "../../../../include/linux/mm.h"
#undef page_remove_rmap
#undef pte_mkwrite

#include "../../../../include/linux/mm_fault.h"
#define folio_get_nontail_page	__mmstep_folio_get_nontail_page_as_page
#include "../../../../include/linux/folio.h"
#undef folio_get_nontail_page

/* ptep_get (linux/pgtable.h in Linux) is declared with the entry natives there */
#include <linux/swapops.h>

/* pmd_lock, pmd_page: the transparent-huge-pmd branch (never entered in the model) */
#include "../../../../include/linux/mm_thp_compat.h"

#endif /* _MMSTEP_COMPAT_LINUX_MM_NATIVES_H */
