// SPDX-License-Identifier: MIT
/*
 * mmstep: initialising an MMU-notifier range (today's API). Written for mmstep in kernel
 * style; the invalidate calls themselves are natives that run the subscribed mirrors (the model's
 * own, and a driver's ops->invalidate as C: src/mm/natives/mmu-notify.ts).
 */
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mmu_notifier.h>

void mmu_notifier_range_init(struct mmu_notifier_range *range, int event, unsigned int flags,
			     struct mm_struct *mm, unsigned long start, unsigned long end)
{
	range->mm = mm;
	range->start = start;
	range->end = end;
	range->event = event;
	range->flags = flags;
	range->owner = NULL;
}

/*
 * The owner lets a driver recognise its own MIGRATE invalidations and keep its mirror (it
 * updates it itself once migrate_vma_pages has run).
 */
void mmu_notifier_range_init_owner(struct mmu_notifier_range *range, int event,
				   unsigned int flags, struct mm_struct *mm,
				   unsigned long start, unsigned long end, void *owner)
{
	mmu_notifier_range_init(range, event, flags, mm, start, end);
	range->owner = owner;
}

/*
 * The notifier range of an operation the model performs natively (munmap, mprotect,
 * madvise(MADV_DONTNEED), mremap, make_device_exclusive; src/mm/natives/vmops.ts): the model
 * calls this before it changes the ptes when a driver's interval notifier overlaps the range,
 * so the driver's ops->invalidate runs as C from mmu_notifier_invalidate_range_start, as it
 * does in Linux. The range stays open: the native ends it once the ptes are changed.
 */
void mmstep_notify_range_start(struct mm_struct *mm, int event, unsigned long start,
			       unsigned long end, void *owner)
{
	struct mmu_notifier_range range;

	mmu_notifier_range_init_owner(&range, event, 0, mm, start, end, owner);
	mmu_notifier_invalidate_range_start(&range);
}
