/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: MMU notifiers. Every range_start must be paired with a range_end of
 * the same range by the same thread.
 *
 * Two forms of the same calls: the 2016 one, (mm, start, end), and today's, which takes a
 * struct mmu_notifier_range carrying the event and the owner. A file using today's API defines
 * MMSTEP_CURRENT_API before including. The model runs the subscribed device mirrors' invalidate
 * callbacks (dmirror_interval_invalidate: skip MIGRATE events of the mirror's own owner, erase the
 * mirror's entries otherwise) and bumps their sequence counts.
 */
#ifndef _MMSTEP_LINUX_MMU_NOTIFIER_H
#define _MMSTEP_LINUX_MMU_NOTIFIER_H

#include <linux/mm_types.h>

#ifdef MMSTEP_CURRENT_API

enum mmu_notifier_event {
	MMU_NOTIFY_UNMAP = 0,
	MMU_NOTIFY_CLEAR,
	MMU_NOTIFY_PROTECTION_VMA,
	MMU_NOTIFY_PROTECTION_PAGE,
	MMU_NOTIFY_SOFT_DIRTY,
	MMU_NOTIFY_RELEASE,
	MMU_NOTIFY_MIGRATE,
	MMU_NOTIFY_EXCLUSIVE,
};

/* Field order matters: the model reads mm, start, end, event, flags, owner in this order. */
struct mmu_notifier_range {
	struct mm_struct *mm;
	unsigned long start;
	unsigned long end;
	int event;
	unsigned int flags;
	void *owner;
};

void mmu_notifier_invalidate_range_start(struct mmu_notifier_range *range);
void mmu_notifier_invalidate_range_end(struct mmu_notifier_range *range);
/* C helpers, kernel/mm/mmu_notifier.c */
void mmu_notifier_range_init(struct mmu_notifier_range *range, int event, unsigned int flags,
			     struct mm_struct *mm, unsigned long start, unsigned long end);
void mmu_notifier_range_init_owner(struct mmu_notifier_range *range, int event,
				   unsigned int flags, struct mm_struct *mm,
				   unsigned long start, unsigned long end, void *owner);

/* Interval notifiers of device mirrors: linux/mmu_interval.h (also read by 6.1's compat). */
#include "mmu_interval.h"

#else

void mmu_notifier_invalidate_range_start(struct mm_struct *mm, unsigned long start,
					 unsigned long end);
void mmu_notifier_invalidate_range_end(struct mm_struct *mm, unsigned long start,
				       unsigned long end);

#endif /* MMSTEP_CURRENT_API */

#endif /* _MMSTEP_LINUX_MMU_NOTIFIER_H */
