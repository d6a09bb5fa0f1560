/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: an interval MMU notifier embedded in a driver's own struct
 * (lib/test_hmm.c's `struct mmu_interval_notifier notifier` in struct dmirror). Written for
 * mmstep.
 *
 * Why: kernel/'s driver gets its notifier from the model (mmu_mirror_notifier_insert), a model
 * object. A kernel tree's driver embeds the struct, reads notifier.mm itself and finds its
 * struct dmirror from the notifier with container_of, so the struct is C memory: insert makes
 * the model's notifier object and writes its pointer, the ops and the mm into the struct's first
 * three fields (the order of struct mmu_interval_notifier in the compat header
 * linux/mmu_notifier_interval.h). The model bumps the notifier's sequence on every
 * invalidation of its range, so mmu_interval_read_retry sees them, and runs the driver's own
 * ops->invalidate callback, C, on every range that overlaps it (src/mm/natives/mmu-notify.ts).
 */
#ifndef _MMSTEP_LINUX_MMU_INTERVAL_EMBEDDED_H
#define _MMSTEP_LINUX_MMU_INTERVAL_EMBEDDED_H

#include <linux/mm_types.h>

struct mmu_interval_notifier;
struct mmu_interval_notifier_ops;

int mmu_interval_notifier_insert(struct mmu_interval_notifier *interval_sub,
				 struct mm_struct *mm, unsigned long start,
				 unsigned long length,
				 const struct mmu_interval_notifier_ops *ops);

#endif /* _MMSTEP_LINUX_MMU_INTERVAL_EMBEDDED_H */
