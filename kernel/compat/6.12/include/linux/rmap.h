/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.12: linux/rmap.h, written for mmstep. try_to_migrate is mmstep's C
 * (kernel/mm/rmap.c, declared in kernel/include/linux/rmap.h); the folio rmap calls
 * (folio_remove_rmap_pte, folio_try_share_anon_rmap_pte, folio_add_new_anon_rmap with
 * RMAP_EXCLUSIVE) are natives declared by linux/mm.h. remove_migration_ptes takes RMP_* flags
 * in 6.12 where 6.1 took a bool; the native reads the third argument as an integer.
 */
#ifndef _MMSTEP_COMPAT_LINUX_RMAP_H
#define _MMSTEP_COMPAT_LINUX_RMAP_H

#include <linux/mm.h>
#include "../../../../include/linux/rmap.h"
#include <linux/rmap_ttu.h>

typedef int rmap_t;

enum rmp_flags {
	RMP_LOCKED		= 1 << 0,
	RMP_USE_SHARED_ZEROPAGE	= 1 << 1,
};

void remove_migration_ptes(struct folio *src, struct folio *dst, int flags);

/* make_device_exclusive_range (5.14-6.13) */
#include <linux/rmap_exclusive.h>

#endif /* _MMSTEP_COMPAT_LINUX_RMAP_H */
