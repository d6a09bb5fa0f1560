// SPDX-License-Identifier: MIT
/*
 * mmstep: initialising an MMU-notifier range (today's API). Written for mmstep in kernel
 * style; the invalidate calls themselves are natives that run the subscribed mirrors.
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
