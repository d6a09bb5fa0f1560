/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: linux/swap.h, written for mmstep: the LRU calls drivers and
 * migrate_device.c use are natives declared by linux/mm.h and mm_compat.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_SWAP_H
#define _MMSTEP_COMPAT_LINUX_SWAP_H

#include <linux/mm.h>

#endif /* _MMSTEP_COMPAT_LINUX_SWAP_H */
