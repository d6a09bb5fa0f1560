/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: linux/rwsem.h, written for mmstep. The only read-write semaphore the
 * drivers take is the mmap lock, whose calls (mmap_read_lock, …) are natives of linux/mm.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_RWSEM_H
#define _MMSTEP_COMPAT_LINUX_RWSEM_H

#include <linux/mm.h>

#endif /* _MMSTEP_COMPAT_LINUX_RWSEM_H */
