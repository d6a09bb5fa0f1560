/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat for Linux 6.12: linux/mmu_notifier.h, written for mmstep. 6.12's range has the
 * fields of mmstep's own (kernel/include/linux/mmu_notifier.h, today's API): mm, start, end,
 * flags, event, owner — in the model's order, event before flags, which the range_start/_end
 * natives read by position. mmu_notifier_range_init_owner has 6.12's signature there (no vma)
 * and is mmstep's C (kernel/mm/mmu_notifier.c), so a scenario running a 6.12 file links that.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MMU_NOTIFIER_H
#define _MMSTEP_COMPAT_LINUX_MMU_NOTIFIER_H

#include <linux/mm.h>
#include "../../../../include/linux/mmu_notifier.h"

#define MMU_NOTIFIER_RANGE_BLOCKABLE	(1 << 0)

/* interval notifiers embedded in a driver's struct (the same in 6.1 and 6.12) */
#include <linux/mmu_notifier_interval.h>

#endif /* _MMSTEP_COMPAT_LINUX_MMU_NOTIFIER_H */
