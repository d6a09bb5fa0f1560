/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: interval MMU notifiers as a driver embeds them (linux/mmu_notifier.h), the
 * same in 6.1 and 6.12; written for mmstep. Each version's linux/mmu_notifier.h includes it.
 *
 * struct mmu_interval_notifier is a member of the driver's own struct (lib/test_hmm.c's
 * dmirror->notifier, which it reads .mm of). mmu_interval_notifier_insert makes the model's
 * notifier object and writes it, the ops and the mm into the first three fields
 * (kernel/include/linux/mmu_interval_embedded.h); the read_begin / read_retry / set_seq /
 * remove calls are the model's natives (kernel/include/linux/mmu_interval.h) on that object.
 * The model bumps the sequence of every notifier whose range an invalidation overlaps and runs
 * the ops' invalidate callback, C of the driver, from mmu_notifier_invalidate_range_start and from
 * every native that changes user ptes (src/mm/natives/mmu-notify.ts).
 */
#ifndef _MMSTEP_COMPAT_LINUX_MMU_NOTIFIER_INTERVAL_H
#define _MMSTEP_COMPAT_LINUX_MMU_NOTIFIER_INTERVAL_H

#include <linux/mm_types.h>
#include "../../../../include/linux/mmu_interval.h"
#include "../../../../include/linux/mmu_interval_embedded.h"

struct mmu_notifier_range;

struct mmu_interval_notifier_ops {
	bool (*invalidate)(struct mmu_interval_notifier *interval_sub,
			   const struct mmu_notifier_range *range,
			   unsigned long cur_seq);
};

struct mmu_interval_notifier {
	struct mmu_interval_notifier *__mmstep_sub;
	const struct mmu_interval_notifier_ops *ops;
	struct mm_struct *mm;
	unsigned long invalidate_seq;
};

#define mmu_interval_notifier_remove(sub)	\
	mmu_interval_notifier_remove((sub)->__mmstep_sub)
#define mmu_interval_read_begin(sub)	mmu_interval_read_begin((sub)->__mmstep_sub)
#define mmu_interval_read_retry(sub, seq)	\
	mmu_interval_read_retry((sub)->__mmstep_sub, seq)
#define mmu_interval_set_seq(sub, cur_seq)	\
	mmu_interval_set_seq((sub)->__mmstep_sub, cur_seq)

#endif /* _MMSTEP_COMPAT_LINUX_MMU_NOTIFIER_INTERVAL_H */
