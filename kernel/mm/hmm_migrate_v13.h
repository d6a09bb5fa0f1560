/* SPDX-License-Identifier: MIT */
/*
 * mmstep: the exported entry point of the HMM v13 migration helper, for drivers (in v13 it was
 * declared in include/linux/hmm.h next to struct hmm_migrate_ops). Defined by whichever of
 * kernel/mm/hmm_migrate_v13.c (as posted) or hmm_migrate_v13_fixed.c a scenario loads.
 */
#ifndef _MMSTEP_MM_HMM_MIGRATE_V13_H
#define _MMSTEP_MM_HMM_MIGRATE_V13_H

#include <linux/mm.h>
#include <linux/hmm.h>

int hmm_vma_migrate(const struct hmm_migrate_ops *ops, struct vm_area_struct *vma,
		    unsigned long start, unsigned long end, hmm_pfn_t *pfns, void *private);

#endif /* _MMSTEP_MM_HMM_MIGRATE_V13_H */
