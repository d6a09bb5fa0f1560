/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: GFP_ATOMIC of Linux 6.3 and later (linux/gfp_types.h), written for mmstep:
 * __GFP_HIGH | __GFP_KSWAPD_RECLAIM = 0x820. 6.1 has its own (kernel/compat/6.1).
 */
#ifndef _MMSTEP_COMPAT_LINUX_GFP_ATOMIC_H
#define _MMSTEP_COMPAT_LINUX_GFP_ATOMIC_H

#define GFP_ATOMIC		(__GFP_HIGH | __GFP_KSWAPD_RECLAIM)

#endif /* _MMSTEP_COMPAT_LINUX_GFP_ATOMIC_H */
