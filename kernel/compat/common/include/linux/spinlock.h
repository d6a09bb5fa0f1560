/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: spinlock_t as a member of a driver's own struct (linux/spinlock.h),
 * written for mmstep.
 *
 * kernel/include's spinlock_t is a model lock reached by pointer (page-table locks). A kernel
 * tree's driver embeds one (lib/test_hmm.c's dmirror_device.lock), so the struct is complete
 * here: its first field holds the model lock spin_lock_init makes. spin_lock / spin_unlock are
 * the natives spin_lock_any / spin_unlock_any, which take either form (a model lock pointer is
 * passed on to spin_lock / spin_unlock): held locks, sleeping under them and deadlocks are checked
 * as for the model's own locks (kernel/include/linux/lockword.h).
 */
#ifndef _MMSTEP_COMPAT_LINUX_SPINLOCK_H
#define _MMSTEP_COMPAT_LINUX_SPINLOCK_H

#include <linux/mm_types.h>
#include "../../../../include/linux/lockword.h"

struct spinlock {
	void *__mmstep_lock;
};

#define spin_lock(lock)		spin_lock_any(lock)
#define spin_unlock(lock)	spin_unlock_any(lock)

#endif /* _MMSTEP_COMPAT_LINUX_SPINLOCK_H */
