/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.1: linux/migrate.h and linux/migrate_mode.h, written for mmstep.
 *
 * 6.1's __migrate_device_pages moves the struct page state with migrate_folio() /
 * migrate_folio_extra() in MIGRATE_SYNC_NO_COPY mode (the driver has already copied the data).
 * They are C of mm/migrate.c in Linux; here they are C over the model's natives, in the order
 * 6.1 does it: refuse a folio under writeback, move the mapping (which checks the references),
 * then the flags — or the data and the flags, in a mode that copies.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MIGRATE_H
#define _MMSTEP_COMPAT_LINUX_MIGRATE_H

#include <linux/migrate_vma.h>

enum migrate_mode {
	MIGRATE_ASYNC,
	MIGRATE_SYNC_LIGHT,
	MIGRATE_SYNC,
	MIGRATE_SYNC_NO_COPY,
};

static inline int migrate_folio_extra(struct address_space *mapping, struct folio *dst,
				      struct folio *src, enum migrate_mode mode, int extra_count)
{
	int rc;

	BUG_ON(folio_test_writeback(src));
	rc = folio_migrate_mapping(mapping, dst, src, extra_count);
	if (rc != MIGRATEPAGE_SUCCESS)
		return rc;
	if (mode != MIGRATE_SYNC_NO_COPY)
		folio_copy(dst, src);
	folio_migrate_flags(dst, src);
	return MIGRATEPAGE_SUCCESS;
}

static inline int migrate_folio(struct address_space *mapping, struct folio *dst,
				struct folio *src, enum migrate_mode mode)
{
	return migrate_folio_extra(mapping, dst, src, mode, 0);
}

#endif /* _MMSTEP_COMPAT_LINUX_MIGRATE_H */
