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

/*
 * Today's names (5.13+): typed migration entries built from a pfn (the page must be locked),
 * young/dirty carried in the entry, device-private entries by pfn, device-exclusive entries.
 */
pte_t ptep_get(pte_t *ptep);
swp_entry_t make_readable_migration_entry(unsigned long pfn);
swp_entry_t make_readable_exclusive_migration_entry(unsigned long pfn);
swp_entry_t make_writable_migration_entry(unsigned long pfn);
swp_entry_t make_migration_entry_young(swp_entry_t entry);
swp_entry_t make_migration_entry_dirty(swp_entry_t entry);
bool is_migration_entry_young(swp_entry_t entry);
bool is_migration_entry_dirty(swp_entry_t entry);
bool is_writable_migration_entry(swp_entry_t entry);
bool is_readable_migration_entry(swp_entry_t entry);
bool is_readable_exclusive_migration_entry(swp_entry_t entry);
swp_entry_t make_readable_device_private_entry(unsigned long pfn);
swp_entry_t make_writable_device_private_entry(unsigned long pfn);
bool is_writable_device_private_entry(swp_entry_t entry);
swp_entry_t make_device_exclusive_entry(unsigned long pfn);
bool is_device_exclusive_entry(swp_entry_t entry);
bool is_pfn_swap_entry(swp_entry_t entry);
unsigned long swp_offset_pfn(swp_entry_t entry);
struct page *pfn_swap_entry_to_page(swp_entry_t entry);
bool pte_swp_exclusive(pte_t pte);
pte_t pte_mkuffd_wp(pte_t pte);
pte_t pte_wrprotect(pte_t pte);
pte_t pte_mkclean(pte_t pte);

#endif /* _MMSTEP_LINUX_SWAPOPS_H */
