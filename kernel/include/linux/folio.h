/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: today's folio names of the page primitives (kernel-semantics §4.1-4.2).
 *
 * Written for mmstep, not taken from Linux. The model has only order-0 folios, so a
 * struct folio * and its struct page * are the same model object: page_folio() and
 * folio_page(folio, 0) convert. Every prototype here is a native (src/mm/natives/folio.ts).
 */
#ifndef _MMSTEP_LINUX_FOLIO_H
#define _MMSTEP_LINUX_FOLIO_H

#include <linux/mm_types.h>

struct folio;

#define RMAP_NONE	0
#define RMAP_EXCLUSIVE	1

struct folio *page_folio(struct page *page);
struct page *folio_page(struct folio *folio, unsigned long n);
unsigned long folio_pfn(struct folio *folio);

/* references: at zero a system folio is freed, a device folio goes back to its pgmap */
void folio_get(struct folio *folio);
void folio_put(struct folio *folio);
int folio_ref_count(struct folio *folio);
bool get_page_unless_zero(struct page *page);
struct page *folio_get_nontail_page(struct page *page);
bool folio_ref_freeze(struct folio *folio, int count);
void folio_ref_unfreeze(struct folio *folio, int count);
int folio_mapcount(struct folio *folio);
bool folio_mapped(struct folio *folio);

/* PG_locked */
bool folio_trylock(struct folio *folio);
void folio_lock(struct folio *folio);
void folio_unlock(struct folio *folio);
bool folio_test_locked(struct folio *folio);
void folio_wait_locked(struct folio *folio);

/* LRU: folio_isolate_lru returns true on success (isolate_lru_page returned 0) */
bool folio_test_lru(struct folio *folio);
bool folio_isolate_lru(struct folio *folio);
void folio_putback_lru(struct folio *folio);
void folio_add_lru(struct folio *folio);
void lru_add_drain_cpu(int cpu);

/* flags */
bool folio_test_anon(struct folio *folio);
bool PageAnonExclusive(struct page *page);
int folio_try_share_anon_rmap_pte(struct folio *folio, struct page *page);
struct address_space *folio_mapping(struct folio *folio);
bool folio_test_large(struct folio *folio);
bool folio_is_zone_device(struct folio *folio);
bool folio_mark_dirty(struct folio *folio);
bool folio_test_dirty(struct folio *folio);
void __folio_mark_uptodate(struct folio *folio);
bool folio_free_swap(struct folio *folio);
int mem_cgroup_charge(struct folio *folio, struct mm_struct *mm, unsigned int gfp);

/* migration of the struct page state (mm/migrate.c) */
int folio_migrate_mapping(struct address_space *mapping, struct folio *newfolio,
			  struct folio *folio, int extra_count);
void folio_migrate_flags(struct folio *newfolio, struct folio *folio);

/* reverse map: mapcount bookkeeping only */
void folio_remove_rmap_pte(struct folio *folio, struct page *page, struct vm_area_struct *vma);
void folio_add_anon_rmap_pte(struct folio *folio, struct page *page,
			     struct vm_area_struct *vma, unsigned long address, int flags);
void folio_add_new_anon_rmap(struct folio *folio, struct vm_area_struct *vma,
			     unsigned long address, int flags);
void folio_add_file_rmap_pte(struct folio *folio, struct page *page, struct vm_area_struct *vma);

#endif /* _MMSTEP_LINUX_FOLIO_H */
