/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: vmalloc / vzalloc / vfree (linux/vmalloc.h), written for mmstep: the C
 * runtime's kvmalloc family (src/c/heap.ts), which has no separate virtually contiguous area.
 */
#ifndef _MMSTEP_COMPAT_LINUX_VMALLOC_H
#define _MMSTEP_COMPAT_LINUX_VMALLOC_H

#include <linux/slab.h>

#define vmalloc(size)	kvmalloc(size, GFP_KERNEL)
#define vzalloc(size)	kvzalloc(size, GFP_KERNEL)
#define vfree(ptr)	kvfree(ptr)

#endif /* _MMSTEP_COMPAT_LINUX_VMALLOC_H */
