/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.12: linux/migrate.h and linux/migrate_mode.h, written for mmstep.
 * 6.12's __migrate_device_pages calls folio_migrate_mapping and folio_migrate_flags directly
 * (natives, linux/mm.h); MIGRATE_SYNC_NO_COPY is gone.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MIGRATE_H
#define _MMSTEP_COMPAT_LINUX_MIGRATE_H

#include <linux/migrate_vma.h>

enum migrate_mode {
	MIGRATE_ASYNC,
	MIGRATE_SYNC_LIGHT,
	MIGRATE_SYNC,
};

#endif /* _MMSTEP_COMPAT_LINUX_MIGRATE_H */
