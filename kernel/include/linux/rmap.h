/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: today's reverse-map walkers (written for mmstep). try_to_migrate() is C
 * (kernel/mm/rmap.c) over rmap_collect(), the model's stand-in for walking the anon_vma
 * interval tree with page_vma_mapped_walk: it lists every (vma, address) at which a pte names the
 * folio — migration entries only, or present / device entries.
 */
#ifndef _MMSTEP_LINUX_RMAP_H
#define _MMSTEP_LINUX_RMAP_H

#include <linux/mm_types.h>

struct folio;

#define RMAP_MAX_TARGETS	16

struct rmap_target {
	struct vm_area_struct *vma;
	unsigned long address;
};

int rmap_collect(struct folio *folio, int migration, struct rmap_target *targets, int max);

/*
 * The model's step of make_device_exclusive: 0 with *foliop locked and referenced and its pte
 * a device-exclusive entry, 1 if the page must be faulted in writable first, -EBUSY if locked.
 */
int make_device_exclusive_try(struct mm_struct *mm, unsigned long addr, void *owner,
			      struct folio **foliop);

/* kernel/mm/rmap.c */
void try_to_migrate(struct folio *folio, int flags);
struct page *make_device_exclusive(struct mm_struct *mm, unsigned long addr, void *owner,
				   struct folio **foliop);

#endif /* _MMSTEP_LINUX_RMAP_H */
