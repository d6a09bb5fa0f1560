/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: mm_struct references (linux/sched/mm.h), written for mmstep; natives
 * declared in kernel/include/linux/driver_misc.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_SCHED_MM_H
#define _MMSTEP_COMPAT_LINUX_SCHED_MM_H

#include <linux/sched.h>
#include "../../../../../include/linux/driver_misc.h"

#endif /* _MMSTEP_COMPAT_LINUX_SCHED_MM_H */
