/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.18: linux/mm_types.h, written for mmstep. The types are common's;
 * what differs is what 6.17 removed with the devmap page-table bit: pmd_devmap() (and
 * CONFIG_ARCH_HAS_PTE_DEVMAP) no longer exist, so the native common's headers declare for
 * 6.1 / 6.12 is renamed out of the way here and a call to it does not compile, as in 6.18.
 */
#ifndef _MMSTEP_COMPAT_618_LINUX_MM_TYPES_H
#define _MMSTEP_COMPAT_618_LINUX_MM_TYPES_H

#define pmd_devmap	__mmstep_pmd_devmap_before_6_17
#include "../../../common/include/linux/mm_types.h"
#undef pmd_devmap

#endif /* _MMSTEP_COMPAT_618_LINUX_MM_TYPES_H */
