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
#define __GFP_HIGH		0x20u
#define __GFP_NOFAIL		0x8000u
#define __GFP_RECLAIM		(__GFP_DIRECT_RECLAIM | __GFP_KSWAPD_RECLAIM)

#define GFP_NOWAIT		__GFP_KSWAPD_RECLAIM
#define GFP_KERNEL		(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_USER		(GFP_KERNEL | __GFP_HARDWALL)
/* GFP_HIGHUSER (GFP_USER | __GFP_HIGHMEM) is kernel/include/linux/mm_fault.h's (0x100cc2). */
/* KASAN off (Debian's x86-64 configs): the __GFP_SKIP_KASAN bits are 0 */
#define GFP_HIGHUSER_MOVABLE	(GFP_USER | __GFP_HIGHMEM | __GFP_MOVABLE)

/* GFP_ATOMIC: 6.1 still has __GFP_ATOMIC (gone in 6.3); linux/gfp_atomic.h of the version */
#include <linux/gfp_atomic.h>

/* The order-0 allocation of linux/gfp.h: a native of the model (any gfp mask). */
struct page *alloc_page(gfp_t gfp_mask);

#endif /* _MMSTEP_COMPAT_LINUX_GFP_H */
