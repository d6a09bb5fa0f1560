/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: swap-format entries — migration entries and device-private entries.
 *
 * A non-present pte other than none is a swap entry; its soft-dirty and uffd-wp bits sit at
 * other positions than in a present pte, hence the separate pte_swp_* helpers.
 */
#ifndef _MMSTEP_LINUX_SWAPOPS_H
#define _MMSTEP_LINUX_SWAPOPS_H

#include <linux/mm_types.h>

swp_entry_t pte_to_swp_entry(pte_t pte);
pte_t swp_entry_to_pte(swp_entry_t entry);
int is_swap_pte(pte_t pte);
int pte_swp_soft_dirty(pte_t pte);
pte_t pte_swp_mksoft_dirty(pte_t pte);
int pte_swp_uffd_wp(pte_t pte);
pte_t pte_swp_mkuffd_wp(pte_t pte);

/* Migration entries: the page must be locked while one points at it. */
swp_entry_t make_migration_entry(struct page *page, int write);
int is_migration_entry(swp_entry_t entry);
int is_write_migration_entry(swp_entry_t entry);
struct page *migration_entry_to_page(swp_entry_t entry);

/* Device-private entries (un-addressable device memory). */
swp_entry_t make_device_private_entry(struct page *page, bool write);
int is_device_private_entry(swp_entry_t entry);
int is_write_device_private_entry(swp_entry_t entry);
struct page *device_private_entry_to_page(swp_entry_t entry);

#endif /* _MMSTEP_LINUX_SWAPOPS_H */
