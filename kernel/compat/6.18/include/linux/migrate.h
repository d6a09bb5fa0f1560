/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.18: linux/migrate.h and linux/migrate_mode.h, written for mmstep.
 * As in 6.12, __migrate_device_pages calls folio_migrate_mapping and folio_migrate_flags directly
 * (natives, linux/mm.h); MIGRATE_SYNC_NO_COPY is gone. migrate_device_pfns (6.15), defined by
 * the file, is declared with the other migrate_device_* functions by mmstep's
 * kernel/include/linux/migrate.h (through linux/migrate_vma.h), in the version's form.
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
