/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: allocation flags (linux/gfp_types.h) with the values Linux 6.1 and 6.12 give
 * them on x86-64 — the same bits in both (6.1 spells them as constants, 6.12 as bit numbers of
 * an enum). Written for mmstep. The model has one allocator and only checks that a mask is
 * passed; GFP_KERNEL is 0xcc0 here, unlike the 4.x value in kernel/include/linux/migrate_legacy.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_GFP_H
#define _MMSTEP_COMPAT_LINUX_GFP_H

#include <linux/mm_types.h>

#define __GFP_HIGHMEM		0x02u
#define __GFP_MOVABLE		0x08u
#define __GFP_IO		0x40u
#define __GFP_FS		0x80u
#define __GFP_ZERO		0x100u
#define __GFP_DIRECT_RECLAIM	0x400u
#define __GFP_KSWAPD_RECLAIM	0x800u
#define __GFP_NOWARN		0x2000u
#define __GFP_HARDWALL		0x100000u
#define __GFP_RECLAIM		(__GFP_DIRECT_RECLAIM | __GFP_KSWAPD_RECLAIM)

#define GFP_NOWAIT		__GFP_KSWAPD_RECLAIM
#define GFP_KERNEL		(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_USER		(GFP_KERNEL | __GFP_HARDWALL)

#endif /* _MMSTEP_COMPAT_LINUX_GFP_H */
