/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: struct mutex and mutex_init / lock / trylock / unlock (linux/mutex.h),
 * written for mmstep: a lock word in the driver's own memory (kernel/include/linux/lockword.h).
 */
#ifndef _MMSTEP_COMPAT_LINUX_MUTEX_H
#define _MMSTEP_COMPAT_LINUX_MUTEX_H

#include <linux/types.h>
#include <linux/spinlock.h>

/* A static mutex, unlocked (owner 0, what mutex_init stores). */
#define DEFINE_MUTEX(name)	struct mutex name = { 0 }

/* The model delivers no fatal signal while a driver waits: the wait is never interrupted. */
static inline int mutex_lock_killable(struct mutex *lock)
{
	mutex_lock(lock);
	return 0;
}

#endif /* _MMSTEP_COMPAT_LINUX_MUTEX_H */
