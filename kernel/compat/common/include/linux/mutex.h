/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: struct mutex and mutex_init / lock / trylock / unlock (linux/mutex.h),
 * written for mmstep: a lock word in the driver's own memory (kernel/include/linux/lockword.h).
 */
#ifndef _MMSTEP_COMPAT_LINUX_MUTEX_H
#define _MMSTEP_COMPAT_LINUX_MUTEX_H

#include <linux/types.h>
#include <linux/spinlock.h>

#endif /* _MMSTEP_COMPAT_LINUX_MUTEX_H */
