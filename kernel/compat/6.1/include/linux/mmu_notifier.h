/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.1: linux/mmu_notifier.h, written for mmstep.
 *
 * 6.1's range still carries the vma, and mmu_notifier_range_init_owner takes it (the vma
 * argument was dropped before 6.12). The model's range_start / range_end natives read a range
 * by position — mm, start, end, event, flags, owner (src/mm/natives/pgtable.ts, notifierArgs) —
 * so those six come first in that order and the vma, which the model does not need, last.
 * Unlike Linux, event precedes flags; C names the fields, so only the natives see the order.
 *
 * The two 6.1 notifier variants the file uses on the zero-page path of migrate_vma_insert_page,
 * ptep_clear_flush_notify and set_pte_at_notify, also tell secondary MMUs (invalidate_range,
 * change_pte). The model's mirrors have neither callback, so they are the plain calls; for the
 * same reason mmu_notifier_invalidate_range_only_end is range_end.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MMU_NOTIFIER_H
#define _MMSTEP_COMPAT_LINUX_MMU_NOTIFIER_H

#include <linux/mm.h>

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

#define MMU_NOTIFIER_RANGE_BLOCKABLE	(1 << 0)

struct mmu_notifier_range {
	struct mm_struct *mm;
	unsigned long start;
	unsigned long end;
	enum mmu_notifier_event event;
	unsigned int flags;
	void *owner;
	struct vm_area_struct *vma;
};

void mmu_notifier_invalidate_range_start(struct mmu_notifier_range *range);
void mmu_notifier_invalidate_range_end(struct mmu_notifier_range *range);

static inline void mmu_notifier_invalidate_range_only_end(struct mmu_notifier_range *range)
{
	mmu_notifier_invalidate_range_end(range);
}

static inline void mmu_notifier_range_init(struct mmu_notifier_range *range,
					   enum mmu_notifier_event event, unsigned int flags,
					   struct vm_area_struct *vma, struct mm_struct *mm,
					   unsigned long start, unsigned long end)
{
	range->vma = vma;
	range->event = event;
	range->mm = mm;
	range->start = start;
	range->end = end;
	range->flags = flags;
	range->owner = NULL;
}

static inline void mmu_notifier_range_init_owner(struct mmu_notifier_range *range,
						 enum mmu_notifier_event event, unsigned int flags,
						 struct vm_area_struct *vma, struct mm_struct *mm,
						 unsigned long start, unsigned long end, void *owner)
{
	mmu_notifier_range_init(range, event, flags, vma, mm, start, end);
	range->owner = owner;
}

#define ptep_clear_flush_notify(vma, addr, ptep)	ptep_clear_flush(vma, addr, ptep)
#define set_pte_at_notify(mm, addr, ptep, pte)		set_pte_at(mm, addr, ptep, pte)

/* interval notifiers embedded in a driver's struct (the same in 6.1 and 6.12) */
#include <linux/mmu_notifier_interval.h>

#endif /* _MMSTEP_COMPAT_LINUX_MMU_NOTIFIER_H */
