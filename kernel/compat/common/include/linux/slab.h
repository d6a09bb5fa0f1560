/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the allocators kernel files call (linux/slab.h, linux/mm.h's kvmalloc family),
 * written for mmstep. They are natives of the interpreter's C runtime (src/c/heap.ts), not of
 * the memory model: kfree(NULL) is allowed; a double free or a use after kfree stops the run at
 * the line.
 */
#ifndef _MMSTEP_COMPAT_LINUX_SLAB_H
#define _MMSTEP_COMPAT_LINUX_SLAB_H

#include <linux/types.h>
#include <linux/gfp.h>

void *kmalloc(size_t size, gfp_t flags);
void *kzalloc(size_t size, gfp_t flags);
void *kmalloc_array(size_t n, size_t size, gfp_t flags);
void *kcalloc(size_t n, size_t size, gfp_t flags);
void *krealloc(const void *p, size_t new_size, gfp_t flags);
void kfree(const void *p);
void *kvmalloc(size_t size, gfp_t flags);
void *kvzalloc(size_t size, gfp_t flags);
void *kvmalloc_array(size_t n, size_t size, gfp_t flags);
void *kvcalloc(size_t n, size_t size, gfp_t flags);
void kvfree(const void *p);

#endif /* _MMSTEP_COMPAT_LINUX_SLAB_H */
