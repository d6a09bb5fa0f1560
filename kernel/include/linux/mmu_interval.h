/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: interval MMU notifiers of device mirrors (a model object; see
 * linux/xarray.h for the mirror's table). Written for mmstep. Split out of linux/mmu_notifier.h
 * so that a kernel version whose struct mmu_notifier_range differs (6.1's compat header) can
 * read these declarations without today's range. A kernel tree's driver embeds its
 * struct mmu_interval_notifier: mmu_interval_notifier_insert (linux/mmu_interval_embedded.h)
 * makes the model object and keeps it in that struct's first word.
 */
#ifndef _MMSTEP_LINUX_MMU_INTERVAL_H
#define _MMSTEP_LINUX_MMU_INTERVAL_H

#include <linux/mm_types.h>

struct mmu_notifier_range;
struct mmu_interval_notifier;
struct xarray;
struct mmu_interval_notifier *mmu_mirror_notifier_insert(struct mm_struct *mm,
							  unsigned long start,
							  unsigned long length, void *owner,
							  struct xarray *mirror);
void mmu_interval_notifier_remove(struct mmu_interval_notifier *sub);
unsigned long mmu_interval_read_begin(struct mmu_interval_notifier *sub);
bool mmu_interval_read_retry(struct mmu_interval_notifier *sub, unsigned long seq);
void mmu_interval_set_seq(struct mmu_interval_notifier *sub, unsigned long cur_seq);
bool mmu_notifier_range_blockable(const struct mmu_notifier_range *range);
unsigned long mmu_notifier_invalidations(struct mmu_interval_notifier *sub);

#endif /* _MMSTEP_LINUX_MMU_INTERVAL_H */
