/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the try_to_unmap / try_to_migrate flags of linux/rmap.h, the same values in
 * Linux 6.1 and 6.12, written for mmstep. mmstep's try_to_migrate (kernel/mm/rmap.c) takes them
 * as an int and models none of them: migrate_device.c passes 0.
 */
#ifndef _MMSTEP_COMPAT_LINUX_RMAP_TTU_H
#define _MMSTEP_COMPAT_LINUX_RMAP_TTU_H

enum ttu_flags {
	TTU_SPLIT_HUGE_PMD	= 0x4,
	TTU_IGNORE_MLOCK	= 0x8,
	TTU_SYNC		= 0x10,
	TTU_HWPOISON		= 0x20,
	TTU_BATCH_FLUSH		= 0x40,
	TTU_RMAP_LOCKED		= 0x80,
};

#endif /* _MMSTEP_COMPAT_LINUX_RMAP_TTU_H */
