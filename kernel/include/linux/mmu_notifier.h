/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: MMU notifiers, 2016 form (mm, start, end). Every range_start must be
 * paired with a range_end of the same range by the same thread.
 */
#ifndef _MMSTEP_LINUX_MMU_NOTIFIER_H
#define _MMSTEP_LINUX_MMU_NOTIFIER_H

#include <linux/mm_types.h>

void mmu_notifier_invalidate_range_start(struct mm_struct *mm, unsigned long start,
					 unsigned long end);
void mmu_notifier_invalidate_range_end(struct mm_struct *mm, unsigned long start,
				       unsigned long end);

#endif /* _MMSTEP_LINUX_MMU_NOTIFIER_H */
