/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.1: GFP_ATOMIC (linux/gfp_types.h), written for mmstep. 6.1 still
 * has __GFP_ATOMIC (0x200, removed in 6.3): GFP_ATOMIC = __GFP_HIGH | __GFP_ATOMIC |
 * __GFP_KSWAPD_RECLAIM = 0xa20.
 */
#ifndef _MMSTEP_COMPAT_LINUX_GFP_ATOMIC_H
#define _MMSTEP_COMPAT_LINUX_GFP_ATOMIC_H

#define __GFP_ATOMIC		0x200u
#define GFP_ATOMIC		(__GFP_HIGH | __GFP_ATOMIC | __GFP_KSWAPD_RECLAIM)

#endif /* _MMSTEP_COMPAT_LINUX_GFP_ATOMIC_H */
